import { Parser } from 'htmlparser2';

/**
 * Elements where a comment on a line of its own would change the page: their content is text, not markup (so
 * `<!-- … -->` shows as text or ends a script), or a line break in it shows (`<pre>`).
 */
const unsafeParents = new Set(['title', 'textarea', 'script', 'style', 'pre', 'listing', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Stops the parse once the answer is known. */
const decided = Symbol('decided');

/**
 * Whether a comment and a line break can be inserted at `offset` without changing the page: the offset is between
 * tags or inside ordinary text, not inside a tag (a multi-line start tag's attributes would become text), a
 * comment, a doctype, or the content of a title, text area, script, style or pre. Read with htmlparser2's events,
 * so it sees the page exactly as the checks do.
 */
export function canInsertCommentLineAt(text: string, offset: number): boolean {
  const open: string[] = [];
  let unsafeOpen = 0;
  let safe: boolean | undefined;
  const decideByContext = () => {
    safe = unsafeOpen === 0;
    throw decided;
  };
  /** Called for every token in document order, before it changes the open elements. */
  const token = (start: number, end: number, isText: boolean) => {
    if (start >= offset) decideByContext();
    if (offset <= end) {
      if (isText) decideByContext();
      safe = false;
      throw decided;
    }
  };
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        token(parser.startIndex, parser.endIndex, false);
        open.push(name);
        if (unsafeParents.has(name)) unsafeOpen++;
      },
      onclosetag(name, isImplied) {
        if (!isImplied) token(parser.startIndex, parser.endIndex, false);
        const closed = open.pop();
        if (closed !== undefined && unsafeParents.has(closed)) unsafeOpen--;
        void name;
      },
      ontext() {
        token(parser.startIndex, parser.endIndex, true);
      },
      oncomment() {
        token(parser.startIndex, parser.endIndex, false);
      },
      oncdatastart() {
        token(parser.startIndex, parser.endIndex, false);
      },
      onprocessinginstruction() {
        token(parser.startIndex, parser.endIndex, false);
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  try {
    parser.end(text);
    safe = unsafeOpen === 0;
  } catch (error) {
    if (error !== decided) throw error;
  }
  return safe === true;
}
