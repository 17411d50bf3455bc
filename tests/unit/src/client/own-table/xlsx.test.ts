/**
 * A workbook's cells as printed: the number format's decimals and per cent, a formula's result; the sheet with the
 * table, past a cover sheet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { shown, xlsxRecords } from '../../../../../src/client/own-table/xlsx.ts';

test('a number reads as its format prints it: decimals, per cent, a formula’s result, the format’s own words left out', () => {
  assert.equal(shown(3.9, '0.00', '3.9'), '3.90');
  assert.equal(shown(0.123, '0.0%', '0.123'), '12.3%');
  assert.equal(shown(0.5, '0%', '0.5'), '50%');
  assert.equal(shown(1015.4, '#,##0.0', '1015.4'), '1015.4');
  assert.equal(shown(7.26, '0.00"人"', '7.26'), '7.26');
  assert.equal(shown(4.5, '[Red]0.0', '4.5'), '4.5');
  assert.equal(shown({ formula: 'A1+A2', result: 5.1 }, '0.00', '5.1'), '5.10');
  assert.equal(shown(2019, undefined, '2019'), '2019');
  assert.equal(shown('北京', undefined, '北京'), '北京');
});

test('the table is read from the first sheet that holds one, past a cover sheet of notes', async () => {
  const book = new ExcelJS.Workbook();
  const cover = book.addWorksheet('说明');
  cover.getCell('A1').value = '2021年各地区卫生技术人员数';
  cover.getCell('A2').value = '资料来源：某省卫生健康统计年鉴';
  const table = book.addWorksheet('表1');
  table.addRow(['地区', '卫生技术人员', '注册护士']);
  table.addRow(['北京', 291, 127]);
  table.addRow(['天津', 112, 44]);
  const records = await xlsxRecords(new Uint8Array(await book.xlsx.writeBuffer()));
  assert.deepEqual(records.map((r) => r.cells), [['地区', '卫生技术人员', '注册护士'], ['北京', '291', '127'], ['天津', '112', '44']]);
});
