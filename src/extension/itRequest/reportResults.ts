/** The answers to "Report results": what went live, what changed, what people said, and thanks. */
export interface ResultsReport {
  readonly wentLive: string;
  readonly changed: string;
  readonly feedback: string;
  readonly thanks: string;
}

export const resultsQuestions: readonly { readonly key: keyof ResultsReport; readonly title: string; readonly prompt: string; readonly placeHolder: string }[] =
  [
    {
      key: 'wentLive',
      title: 'What went live?',
      prompt: 'The page, feature or fix, and when people could see it.',
      placeHolder: 'For example: The new events page went live on Monday',
    },
    {
      key: 'changed',
      title: 'What changed?',
      prompt: 'Numbers if you have them, or what is easier now. Good or bad, it helps IT.',
      placeHolder: 'For example: Sign-ups doubled in the first week',
    },
    {
      key: 'feedback',
      title: 'What did people say?',
      prompt: 'Readers, colleagues, managers: a line or two.',
      placeHolder: 'For example: The events team says it saves them an hour a week',
    },
    {
      key: 'thanks',
      title: 'Who would you like to thank?',
      prompt: 'The people in IT (or elsewhere) who made it happen.',
      placeHolder: 'For example: Sam and Priya for turning it round in two days',
    },
  ];

/** The comment posted to the issue: short headings, only the answers given. */
export function resultsComment(report: ResultsReport): string {
  const parts = ['## Results'];
  const add = (heading: string, text: string) => {
    if (text.trim()) parts.push(`**${heading}** ${text.trim()}`);
  };
  add('What went live:', report.wentLive);
  add('What changed:', report.changed);
  add('What people said:', report.feedback);
  add('Thank you:', report.thanks);
  parts.push('_Reported back with Content Bridge._');
  return parts.join('\n\n');
}
