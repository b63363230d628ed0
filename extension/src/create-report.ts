// The new-report command's dialogue: two prompts, a choice of destination, then the file. What the
// inputs may be and what the report says are decided in new-report.ts and the core.
import * as vscode from "vscode";
import { defaultYear, issuerProblem, newReport, yearProblem, type IssuerProblem, type YearProblem } from "./new-report.ts";

const { t } = vscode.l10n;

const ISSUER_PROBLEMS: Record<IssuerProblem, () => string> = {
  empty: () => t("Enter the name of the body that issues the report."),
  "not-a-file-name": () => t('The name is also the file name: it cannot contain \\ / : * ? " < > | or line breaks.'),
};

const YEAR_PROBLEMS: Record<YearProblem, () => string> = {
  "not-a-year": () => t("Enter a year of four digits, such as {0}.", defaultYear(new Date())),
  future: () => t("The year has not begun yet."),
  "no-template": () => t("reportlint has templates from 2019 on."),
};

export async function createReport(): Promise<void> {
  const issuer = await vscode.window.showInputBox({
    title: t("New annual report (1/2)"),
    prompt: t("The body that issues the report, as in its title"),
    placeHolder: t("e.g. 某某县人民政府"),
    ignoreFocusOut: true,
    validateInput: (value) => {
      const problem = issuerProblem(value);
      return problem && ISSUER_PROBLEMS[problem]();
    },
  });
  if (issuer === undefined) return;
  const year = await vscode.window.showInputBox({
    title: t("New annual report (2/2)"),
    prompt: t("The year the report covers"),
    value: String(defaultYear(new Date())),
    ignoreFocusOut: true,
    validateInput: (value) => {
      const problem = yearProblem(value, new Date());
      return problem && YEAR_PROBLEMS[problem]();
    },
  });
  if (year === undefined) return;
  const report = newReport(issuer, year);
  if (!report) return;

  const folder = vscode.workspace.workspaceFolders?.[0];
  const untitled: Destination = { label: t("Open it as an unsaved document") };
  const destinations: Destination[] = folder
    ? [{ label: t("Save it in the workspace as {0}", report.fileName), uri: vscode.Uri.joinPath(folder.uri, report.fileName) }, untitled]
    : [untitled];
  const choice = destinations.length > 1 ? await vscode.window.showQuickPick(destinations, { title: t("Where should the report go?") }) : untitled;
  if (!choice) return;
  const { uri } = choice;
  if (!uri) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: "markdown", content: report.text }));
    return;
  }
  if (await exists(uri)) {
    // Never overwrite a report: open the one that is there instead.
    void vscode.window.showWarningMessage(t("{0} already exists; it was opened unchanged.", report.fileName));
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(report.text));
  }
  await vscode.window.showTextDocument(uri);
}

interface Destination extends vscode.QuickPickItem {
  /** The file to write; none for an unsaved document. */
  uri?: vscode.Uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
