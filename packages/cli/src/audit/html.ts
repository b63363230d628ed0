import { VERSION, type Locale } from "@reportlint/core";
import { AUDIT_LABELS, placeText, type AuditLabels } from "./labels.ts";
import type { AuditCount, AuditModel, AuditReport } from "./model.ts";

/** Findings listed per report on the page; a report with thousands would make the page unusable, and the JSON has them all. */
const FINDINGS_PER_REPORT = 500;
/** Bars per chart: the rest are summed in the text above the chart. */
const BARS = 30;

/**
 * The audit as one self-contained HTML page: inline CSS, inline SVG charts and a few lines of inline
 * script to sort the table; no fonts, scripts or images from anywhere else, so it opens from a
 * file, an e-mail or an archive years later. Everything that comes from the reports is escaped.
 */
export function auditHtml(model: AuditModel, locale: Locale): string {
  const l = AUDIT_LABELS[locale];
  const t = model.totals;
  return `<!DOCTYPE html>
<html lang="${locale === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(l.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(l.title)}</h1><p class="summary">${esc(l.summary(t.files, t.errors, t.warnings, t.filesWithErrors, t.clean))}</p></header>
<section class="charts">
${chart("by-rule", l.byRule, model.byRule, l)}
${chart("by-issuer", l.byIssuer, model.byIssuer, l)}
${chart("by-year", l.byYear, model.byYear, l)}
</section>
<section>
<h2>${esc(l.reports)}</h2>
<p class="hint">${esc(l.sortHint)}</p>
${reportTable(model.reports, l)}
</section>
<section>
<h2>${esc(l.findings)}</h2>
${model.reports.map((r, i) => findings(r, i, l, locale)).join("\n")}
</section>
<footer>${esc(l.generatedBy(VERSION))}</footer>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

/** A horizontal bar chart: one bar per key, errors and warnings stacked, the count at its end. */
function chart(id: string, title: string, counts: readonly AuditCount[], l: AuditLabels): string {
  const shown = counts.slice(0, BARS);
  const max = Math.max(1, ...shown.map((c) => c.errors + c.warnings));
  const row = 26;
  const labelWidth = 210;
  const barWidth = 330;
  const height = Math.max(1, shown.length) * row + 8;
  const bars = shown.map((c, i) => {
    const y = 4 + i * row;
    const we = (c.errors / max) * barWidth;
    const ww = (c.warnings / max) * barWidth;
    const label = c.key || l.unknown;
    return `<g class="bar" data-key="${esc(c.key)}" transform="translate(0,${y})"><title>${esc(`${label}: ${l.counts(c.errors, c.warnings)}`)}</title>` +
      `<text class="label" x="${labelWidth - 8}" y="15" text-anchor="end">${esc(shorten(label, 16))}</text>` +
      `<rect class="errors" x="${labelWidth}" y="3" width="${we.toFixed(1)}" height="16"/>` +
      `<rect class="warnings" x="${(labelWidth + we).toFixed(1)}" y="3" width="${ww.toFixed(1)}" height="16"/>` +
      `<text class="value" x="${(labelWidth + we + ww + 6).toFixed(1)}" y="15">${c.errors + c.warnings}</text></g>`;
  });
  const more = counts.length > BARS ? `<p class="hint">${esc(l.more(counts.length - BARS))}</p>` : "";
  return `<figure id="${id}"><figcaption>${esc(title)} <span class="legend"><i class="e"></i>${esc(l.errors)} <i class="w"></i>${esc(l.warnings)}</span></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}">${bars.join("")}</svg>${more}</figure>`;
}

function reportTable(reports: readonly AuditReport[], l: AuditLabels): string {
  const head = [
    ["text", l.file],
    ["text", l.issuer],
    ["number", l.year],
    ["number", l.errors],
    ["number", l.warnings],
  ]
    .map(([kind, label]) => `<th data-kind="${kind}" tabindex="0">${esc(label!)}</th>`)
    .join("");
  const rows = reports.map(
    (r, i) =>
      `<tr class="report${r.errors ? " has-errors" : r.warnings ? " has-warnings" : ""}"><td class="file"><a href="#report-${i}">${esc(r.file)}</a></td><td>${esc(r.issuer ?? l.unknown)}</td><td>${r.year ?? ""}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td></tr>`,
  );
  return `<table id="reports" class="sortable"><thead><tr>${head}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function findings(r: AuditReport, index: number, l: AuditLabels, locale: Locale): string {
  const heading = `<h3 id="report-${index}">${esc(r.file)} <span class="counts">${esc(l.counts(r.errors, r.warnings))}</span></h3>`;
  if (r.findings.length === 0) return `${heading}<p class="clean">${esc(l.noFindings)}</p>`;
  const rows = r.findings.slice(0, FINDINGS_PER_REPORT).map(
    (f) =>
      `<tr class="finding ${f.severity}"><td class="file">${esc(r.file)}</td><td class="place">${esc(placeText(f, locale))}</td><td class="severity">${esc(l[f.severity])}</td><td class="rule">${esc(f.rule)}</td><td class="message">${esc(f.message)}</td></tr>`,
  );
  const more = r.findings.length > FINDINGS_PER_REPORT ? `<p class="hint">${esc(l.more(r.findings.length - FINDINGS_PER_REPORT))}</p>` : "";
  return `${heading}<table class="findings"><thead><tr><th>${esc(l.file)}</th><th>${esc(l.place)}</th><th>${esc(l.severity)}</th><th>${esc(l.rule)}</th><th>${esc(l.message)}</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>${more}`;
}

/** At most `n` characters, with an ellipsis: chart labels have a fixed width; the full text is in the bar's tooltip. */
function shorten(text: string, n: number): string {
  const chars = [...text];
  return chars.length <= n ? text : `${chars.slice(0, n - 1).join("")}…`;
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px auto;max-width:1100px;padding:0 16px;color:#1f2328;line-height:1.5}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #d0d7de}h3{font-size:15px;margin:20px 0 6px}
.summary{font-size:16px}.hint{color:#656d76;font-size:13px}
.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:10px}
figcaption{font-weight:600;margin-bottom:6px}.legend{font-weight:400;font-size:12px;color:#656d76;margin-left:8px}
.legend i{display:inline-block;width:10px;height:10px;margin:0 3px 0 8px}.legend .e,rect.errors{background:#cf222e;fill:#cf222e}.legend .w,rect.warnings{background:#d4a72c;fill:#d4a72c}
svg text{font-size:12px;fill:#1f2328}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}.sortable th{cursor:pointer}.num{text-align:right}td.place,td.severity,td.rule{white-space:nowrap}td.place{font-family:ui-monospace,monospace}
tr.has-errors td:first-child{border-left:4px solid #cf222e}tr.has-warnings td:first-child{border-left:4px solid #d4a72c}
tr.finding.error td.severity{color:#cf222e}tr.finding.warning td.severity{color:#9a6700}.counts{font-weight:400;color:#656d76}
footer{margin-top:32px;color:#656d76;font-size:12px}`;

const SORT_SCRIPT = `
document.querySelectorAll("table.sortable").forEach(function(table){
  table.querySelectorAll("th").forEach(function(th,col){
    var asc=false;
    function sort(){
      asc=!asc;
      var numeric=th.getAttribute("data-kind")==="number";
      var body=table.tBodies[0];
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[col].textContent,y=b.cells[col].textContent;
        var d=numeric?(Number(x)||0)-(Number(y)||0):(x<y?-1:x>y?1:0);
        return asc?d:-d;
      });
      rows.forEach(function(r){body.appendChild(r);});
    }
    th.addEventListener("click",sort);
    th.addEventListener("keydown",function(e){if(e.key==="Enter")sort();});
  });
});`;
