/**
 * Names with every awkward character class, for the probes of issue 15 (documents, schemas).
 * `xmlIllegal` cannot appear in XML 1.0 at all; the others are legal but need care.
 */
export const AWKWARD: Readonly<Record<string, string>> = {
  c0Controls: 'Acme\u0000NUL\u0007BEL\u001bESC\u000bVT',
  c1Controls: 'Acme\u0085NEL\u009bCSI',
  nonCharacters: 'Acme\uFFFE\uFFFF end',
  loneSurrogates: 'Acme \uD800 and \uDFFF',
  bidiOverride: 'Acme \u202Egnp.exe',
  xmlSpecials: 'A&B <Corp> "quoted" \'single\' ]]> end',
  combining: 'Cafe\u0301 Zu\u0308rich',
  cjk: '東京 本社 日本語 한국어 서울',
  devanagari: 'मुंबई भारत',
  emoji: 'Cloud ☁️ team 👩‍💻 😀',
  symbols: '✓ ★ ■ → ≤ € ₱ ₹ ₩',
  rtl: 'عربي עברית',
};

/** The classes XML 1.0 refuses outright: a document containing them verbatim is not well-formed. */
export const XML_ILLEGAL = ['c0Controls', 'nonCharacters', 'loneSurrogates'] as const;
