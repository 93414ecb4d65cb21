import * as assert from 'node:assert/strict';
import { AxeOracle } from './axeOracle';
import { compareRule, generateCases, ourRuleFor, type CaseOutcome } from './differential';
import { exclusionFor, exclusions } from './exclusions';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from '../fixtureExpectations';
import { notCompared, ruleCases } from './ruleCases';
import { allRules } from '../../../src/core';

/** Cases per rule: fragments are batched (cheap), whole pages are checked one by one (each a full axe run). */
const fragmentCases = 200;
const pageCases = 40;
/** Frames make jsdom build a window each: fewer of them keep the test short. */
const fewerCases: Readonly<Record<string, number>> = { 'frame-title': 80 };
const requiredAgreement = 0.99;

interface Tally {
  readonly rule: string;
  readonly compared: number;
  readonly agreeing: number;
  readonly undecided: number;
  readonly excluded: number;
}

/**
 * The differential test: random but realistic markup per rule, checked by our rule and by axe-core (the oracle),
 * element by element. Cases axe leaves for a person to review ("incomplete") are not violations; where axe marks
 * an element for review and we report it, the case is counted as undecided rather than compared.
 */
describe('agreement with axe-core (differential test)', function () {
  this.timeout(180_000);
  let oracle: AxeOracle;
  const tallies: Tally[] = [];

  before(() => {
    oracle = new AxeOracle();
  });

  after(() => {
    oracle?.close();
    if (tallies.length === 0) return;
    const lines = tallies.map(
      (tally) =>
        `  ${tally.rule.padEnd(28)} ${((100 * tally.agreeing) / Math.max(1, tally.compared)).toFixed(1).padStart(5)} % of ${String(tally.compared).padStart(3)}` +
        `${tally.undecided ? `, ${tally.undecided} left to review by axe` : ''}${tally.excluded ? `, ${tally.excluded} deliberate differences` : ''}`,
    );
    console.log(`\n  Agreement with axe-core per rule:\n${lines.join('\n')}\n`);
  });

  it('compares every rule that names an axe-core equivalent, or says why not', () => {
    const named = new Set(allRules.map((rule) => rule.meta.equivalents.axe).filter((axe): axe is string => axe !== undefined));
    const covered = new Set([...ruleCases.map((spec) => spec.axeRule), ...Object.keys(notCompared)]);
    assert.deepEqual(
      [...named].filter((axe) => !covered.has(axe)),
      [],
    );
  });

  it("explains every deliberate difference on the rule's doc page", () => {
    for (const exclusion of exclusions) {
      const page = fs.readFileSync(path.join(repositoryRoot, ourRuleFor(exclusion.axeRule).meta.docPath), 'utf8');
      assert.match(page, /## Where this check differs from axe-core/, `${exclusion.axeRule}: ${exclusion.reason}`);
    }
  });

  for (const spec of ruleCases) {
    const count = fewerCases[spec.axeRule] ?? (spec.scope === 'page' ? pageCases : fragmentCases);
    it(`${ourRuleFor(spec.axeRule).meta.id} agrees with axe-core's ${spec.axeRule} on at least 99 % of ${count} generated cases`, async () => {
      const outcomes = await compareRule(oracle, spec, generateCases(spec, count));
      const excluded = outcomes.filter((outcome) => exclusionFor(spec.axeRule, outcome.generated.kind));
      const undecided = outcomes.filter((outcome) => !excluded.includes(outcome) && isUndecided(outcome));
      const compared = outcomes.filter((outcome) => !excluded.includes(outcome) && !undecided.includes(outcome));
      const disagreeing = compared.filter((outcome) => !outcome.agree);
      tallies.push({
        rule: spec.axeRule,
        compared: compared.length,
        agreeing: compared.length - disagreeing.length,
        undecided: undecided.length,
        excluded: excluded.length,
      });
      assert.ok(compared.length >= count / 2, `only ${compared.length} of ${count} cases could be compared`);
      const agreement = (compared.length - disagreeing.length) / compared.length;
      assert.ok(agreement >= requiredAgreement, `${(agreement * 100).toFixed(1)} % agreement; first differences:\n${listDifferences(disagreeing)}`);
    });
  }
});

/** axe only asked a person to review the case, and we reported something: neither side can be called wrong. */
function isUndecided(outcome: CaseOutcome): boolean {
  return outcome.axeIncomplete > 0 && outcome.axe.length === 0 && outcome.ours.length > 0;
}

function listDifferences(outcomes: readonly CaseOutcome[]): string {
  return outcomes
    .slice(0, 5)
    .map(
      (outcome) =>
        `  [${outcome.generated.kind}] axe reports ${JSON.stringify(outcome.axe)}, we report ${JSON.stringify(outcome.ours)} in:\n    ${outcome.generated.html}`,
    )
    .join('\n');
}
