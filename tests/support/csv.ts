/**
 * Reads CSV as RFC 4180 writes it, into rows keyed by the header. Written apart from the site's
 * writer (csv-stringify) on purpose: the tests read the files the way any other tool would.
 */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      index++;
    } else if (char === '\n') throw new Error(`A bare line feed outside quotes at ${index}: lines must end in CRLF`);
    else cell += char;
  }
  if (cell !== '' || record.length > 0) throw new Error('The last line does not end in CRLF');
  const [header = [], ...body] = records;
  for (const [index, row] of body.entries()) {
    if (row.length !== header.length) throw new Error(`Row ${index + 1} has ${row.length} cells, not ${header.length}`);
  }
  return { header, rows: body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']))) };
}
