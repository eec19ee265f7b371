import { convert } from "html-to-text";

/**
 * Networks deliver HTML (Mastodon statuses, RSS descriptions); Vigie keeps
 * plain text only and never renders what a network sent. Control characters
 * and bidi overrides are removed too (they can disguise a link or a name).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "p", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    ],
  });
}

export function sanitizeText(text: string, isHtml: boolean): string {
  const plain = isHtml || /<\/?[a-z][^>]*>/i.test(text) ? htmlToPlainText(text) : text;
  return plain.replace(CONTROL, "").replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}
