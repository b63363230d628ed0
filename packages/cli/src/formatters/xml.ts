/**
 * Characters XML 1.0 does not allow anywhere, not even escaped: C0 controls other than tab, LF and
 * CR, U+FFFE, U+FFFF and unpaired surrogates. A report's cell may hold any of them (text pasted from a
 * PDF), and one of them would make the whole file unreadable to a JUnit consumer, so each becomes U+FFFD.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text content of an element. Chinese and every other character XML allows stay as they are (UTF-8). */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** An attribute value in double quotes; tab, LF and CR as references, since a parser would normalise them to spaces. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/gu, "&quot;").replace(/\t/gu, "&#9;").replace(/\n/gu, "&#10;").replace(/\r/gu, "&#13;");
}
