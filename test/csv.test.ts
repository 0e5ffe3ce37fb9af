import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, csvText } from '../web/src/csv.js';

/** The CSV every page exports (web/src/csv.ts): what a spreadsheet opens must be text, never a formula it runs. */
describe('CSV exports', () => {
  it('make text that a spreadsheet would run as a formula inert', () => {
    for (const formula of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(formula);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      assert.equal(unquoted, `'${formula}`, JSON.stringify(formula));
    }
  });

  it('keep numbers, booleans and plain text as they are, and quote what RFC 4180 asks', () => {
    assert.deepEqual([-3, 0, 2.5, true, null, undefined, '昆山', 'a, b', 'say "hi"', 'two\nlines'].map(csvCell), [
      '-3',
      '0',
      '2.5',
      'true',
      '',
      '',
      '昆山',
      '"a, b"',
      '"say ""hi"""',
      '"two\nlines"',
    ]);
  });

  it('start with a byte-order mark and end every line with CRLF', () => {
    assert.equal(csvText(['id', 'name'], [['region:320583', '昆山市']]), '\ufeffid,name\r\nregion:320583,昆山市\r\n');
  });
});
