package cn.court.crossexec.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A statistics answer as a plain table (Chinese headers), for CSV and XLSX download. */
record Table(String name, List<String> headers, List<List<Object>> rows) {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** UTF-8 with a byte-order mark, so that Excel reads the Chinese correctly; RFC 4180 quoting, CRLF line ends. */
  byte[] csv() {
    StringBuilder out = new StringBuilder();
    line(out, headers);
    rows.forEach(r -> line(out, r));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  /** The same table as an XLSX workbook of one sheet: numbers as numbers, a bold header row. */
  byte[] xlsx() {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(name);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row head = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        Cell cell = head.createCell(i);
        cell.setCellValue(headers.get(i));
        cell.setCellStyle(bold);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> cells = rows.get(r);
        for (int i = 0; i < cells.size(); i++) {
          Object value = cells.get(i);
          if (value instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else if (value != null) {
            row.createCell(i).setCellValue(value.toString());
          }
        }
      }
      for (int i = 0; i < headers.size(); i++) {
        sheet.setColumnWidth(i, 18 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    // A leading =, +, - or @ would make a spreadsheet read the cell as a formula.
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
