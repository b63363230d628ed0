import { describe, expect, it } from "vitest";
import { json } from "./json.ts";
import { CWD, DOCX } from "./test-support.ts";

describe("json", () => {
  it("prints ESLint's result shape on one line: absolute paths, messages as they are (with the values they were made from), the counts", () => {
    expect(json([DOCX], { cwd: CWD, color: false, locale: "zh" })).toBe(
      '[{"filePath":"/work/reports/乙县.docx","messages":[{"endLine":40,"endColumn":9,"ruleId":"table-labels","severity":1,"message":"行标签“规 章”应为“规章”。","messageId":"variant","data":{"where":"表二","kind":{"zh":"行标签","en":"row label"},"text":"规 章","expected":"规章"},"line":40,"column":5,"place":{"table":2,"row":27,"column":1}}],"errorCount":0,"fatalErrorCount":0,"warningCount":1,"fixableErrorCount":0,"fixableWarningCount":0}]\n',
    );
  });
});
