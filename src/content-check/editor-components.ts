/**
 * The components an editor may write in a story body, each with the attributes it takes. The
 * site renders them itself (src/content-loader/render-body.ts); anything else in a body is
 * rejected with a message naming these.
 */
export const editorComponents = {
  /** `<Ref id="S1.1" />`: a numbered link to a source of the case. */
  Ref: ['id'],
  /** `<Note title="…">…</Note>`: an aside, e.g. where sources disagree. */
  Note: ['title'],
} as const;

/**
 * Plain HTML tags a body may use for what Markdown cannot say, without any attribute that could
 * carry code or load something: abbreviations, sub- and superscript (m², CO₂), a line break.
 */
export const plainHtmlTags = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
} as const;
