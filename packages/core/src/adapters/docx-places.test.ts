import { describe, expect, it } from "vitest";
import { wordPlaces } from "./docx-places.ts";

/** The place of the first occurrence of `text` in `html`. */
function placeOf(html: string, text: string): ReturnType<ReturnType<typeof wordPlaces>> {
  const at = html.indexOf(text);
  if (at < 0) throw new Error(`no "${text}" in the HTML`);
  return wordPlaces(html)(at);
}

describe("wordPlaces", () => {
  it("numbers the body's paragraphs, headings and list items included, skipping tables", () => {
    const html =
      '<a id="t"></a><h1>标题</h1><p>第一段</p><table><tr><td><p>格</p></td></tr></table><p><strong>二、</strong>第三段</p>' +
      "<ul><li>条目一<ul><li>子条目</li></ul></li><li>条目二</li></ul><p>末段</p>";
    expect(placeOf(html, "标题")).toEqual({ paragraph: 1 });
    expect(placeOf(html, "<h1>")).toEqual({ paragraph: 1 });
    expect(placeOf(html, "第一段")).toEqual({ paragraph: 2 });
    expect(placeOf(html, "格")).toEqual({ table: 1, row: 1, column: 1 });
    expect(placeOf(html, "第三段")).toEqual({ paragraph: 3 });
    expect(placeOf(html, "条目一")).toEqual({ paragraph: 4 });
    expect(placeOf(html, "子条目")).toEqual({ paragraph: 5 });
    expect(placeOf(html, "条目二")).toEqual({ paragraph: 6 });
    expect(placeOf(html, "末段")).toEqual({ paragraph: 7 });
    expect(wordPlaces(html)(0)).toBeUndefined(); // a bookmark between paragraphs
  });

  it("gives cells their position on the table's grid, after merged cells", () => {
    // The head of table 三 in the official layout: a note over three rows and three columns.
    const html =
      "<p>前</p><table><tr><td>x</td></tr></table><table>" +
      '<tr><td colspan="3" rowspan="3"><p>说明</p></td><td colspan="7"><p>申请人情况</p></td></tr>' +
      '<tr><td rowspan="2"><p>自然人</p></td><td colspan="5"><p>法人或其他组织</p></td><td rowspan="2"><p>总计</p></td></tr>' +
      "<tr><td><p>商业企业</p></td><td><p>科研机构</p></td><td><p>社会公益组织</p></td><td><p>法律服务机构</p></td><td><p>其他</p></td></tr>" +
      '<tr><td rowspan="2"><p>三、本年度办理结果</p></td><td colspan="2"><p>（一）予以公开</p></td><td><p>1288</p></td><td>21</td><td>0</td><td>0</td><td>50</td><td>3</td><td>1362</td></tr>' +
      '<tr><td colspan="2"><p>（七）总计</p></td><td><p>2932</p></td><td>53</td><td>0</td><td>0</td><td>61</td><td>4</td><td>3050</td></tr>' +
      "</table><p>后</p>";
    expect(placeOf(html, "x")).toEqual({ table: 1, row: 1, column: 1 });
    expect(placeOf(html, "说明")).toEqual({ table: 2, row: 1, column: 1 });
    expect(placeOf(html, "申请人情况")).toEqual({ table: 2, row: 1, column: 4 });
    expect(placeOf(html, "自然人")).toEqual({ table: 2, row: 2, column: 4 });
    expect(placeOf(html, "法人或其他组织")).toEqual({ table: 2, row: 2, column: 5 });
    expect(placeOf(html, "总计")).toEqual({ table: 2, row: 2, column: 10 });
    expect(placeOf(html, "商业企业")).toEqual({ table: 2, row: 3, column: 5 });
    expect(placeOf(html, "<p>其他")).toEqual({ table: 2, row: 3, column: 9 });
    expect(placeOf(html, "（一）予以公开")).toEqual({ table: 2, row: 4, column: 2 });
    expect(placeOf(html, "1362")).toEqual({ table: 2, row: 4, column: 10 });
    expect(placeOf(html, "（七）总计")).toEqual({ table: 2, row: 5, column: 2 });
    expect(placeOf(html, "3050")).toEqual({ table: 2, row: 5, column: 10 });
    expect(placeOf(html, "<tr><td colspan=\"2\">")).toEqual({ table: 2, row: 5 });
    expect(placeOf(html, "前")).toEqual({ paragraph: 1 });
    expect(placeOf(html, "后")).toEqual({ paragraph: 2 });
  });

  it("places a nested table's text at the outer cell, and header rows count as rows", () => {
    const html = "<table><thead><tr><th>甲</th><th>乙</th></tr></thead><tbody><tr><td>1</td><td><table><tr><td>内</td></tr></table></td></tr></tbody></table><table><tr><td>丙</td></tr></table>";
    expect(placeOf(html, "乙")).toEqual({ table: 1, row: 1, column: 2 });
    expect(placeOf(html, "内")).toEqual({ table: 1, row: 2, column: 2 });
    expect(placeOf(html, "丙")).toEqual({ table: 2, row: 1, column: 1 });
  });

  it("gives footnotes no place", () => {
    const html = '<p>正文<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>注释 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(placeOf(html, "正文")).toEqual({ paragraph: 1 });
    expect(placeOf(html, "注释")).toBeUndefined();
  });
});
