// The glyph name of each WinAnsiEncoding code 32–255 (ISO 32000-1, Annex D.2; index = code − 32, '' = not
// defined: 127, 129, 141, 143, 144, 157). 160 is "space" and 173 "hyphen" (Annex D, notes 5 and 6). With an
// embedded font these names pick the charstrings, so they decide which glyph a byte of our text shows.
// Data only.

// prettier-ignore
export const winAnsiGlyphNames: readonly string[] = [
  'space', 'exclam', 'quotedbl', 'numbersign', 'dollar', 'percent', 'ampersand', 'quotesingle', // 32–39
  'parenleft', 'parenright', 'asterisk', 'plus', 'comma', 'hyphen', 'period', 'slash', // 40–47
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', // 48–57
  'colon', 'semicolon', 'less', 'equal', 'greater', 'question', 'at', // 58–64
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', // 65–85
  'V', 'W', 'X', 'Y', 'Z', // 86–90
  'bracketleft', 'backslash', 'bracketright', 'asciicircum', 'underscore', 'grave', // 91–96
  'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', // 97–117
  'v', 'w', 'x', 'y', 'z', // 118–122
  'braceleft', 'bar', 'braceright', 'asciitilde', '', // 123–127
  'Euro', '', 'quotesinglbase', 'florin', 'quotedblbase', 'ellipsis', 'dagger', 'daggerdbl', // 128–135
  'circumflex', 'perthousand', 'Scaron', 'guilsinglleft', 'OE', '', 'Zcaron', '', // 136–143
  '', 'quoteleft', 'quoteright', 'quotedblleft', 'quotedblright', 'bullet', 'endash', 'emdash', // 144–151
  'tilde', 'trademark', 'scaron', 'guilsinglright', 'oe', '', 'zcaron', 'Ydieresis', // 152–159
  'space', 'exclamdown', 'cent', 'sterling', 'currency', 'yen', 'brokenbar', 'section', // 160–167
  'dieresis', 'copyright', 'ordfeminine', 'guillemotleft', 'logicalnot', 'hyphen', 'registered', 'macron', // 168–175
  'degree', 'plusminus', 'twosuperior', 'threesuperior', 'acute', 'mu', 'paragraph', 'periodcentered', // 176–183
  'cedilla', 'onesuperior', 'ordmasculine', 'guillemotright', 'onequarter', 'onehalf', 'threequarters', 'questiondown', // 184–191
  'Agrave', 'Aacute', 'Acircumflex', 'Atilde', 'Adieresis', 'Aring', 'AE', 'Ccedilla', // 192–199
  'Egrave', 'Eacute', 'Ecircumflex', 'Edieresis', 'Igrave', 'Iacute', 'Icircumflex', 'Idieresis', // 200–207
  'Eth', 'Ntilde', 'Ograve', 'Oacute', 'Ocircumflex', 'Otilde', 'Odieresis', 'multiply', // 208–215
  'Oslash', 'Ugrave', 'Uacute', 'Ucircumflex', 'Udieresis', 'Yacute', 'Thorn', 'germandbls', // 216–223
  'agrave', 'aacute', 'acircumflex', 'atilde', 'adieresis', 'aring', 'ae', 'ccedilla', // 224–231
  'egrave', 'eacute', 'ecircumflex', 'edieresis', 'igrave', 'iacute', 'icircumflex', 'idieresis', // 232–239
  'eth', 'ntilde', 'ograve', 'oacute', 'ocircumflex', 'otilde', 'odieresis', 'divide', // 240–247
  'oslash', 'ugrave', 'uacute', 'ucircumflex', 'udieresis', 'yacute', 'thorn', 'ydieresis', // 248–255
];
