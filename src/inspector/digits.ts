// Digits of other writing systems and styled digits, mapped by value. Source:
// the Unicode Character Database: every Nd (decimal digit) run, which UCD lays
// out as ten contiguous code points 0-9 (UnicodeData.txt field 6), plus the
// superscript, subscript and circled digits (numeric value in field 8), a row
// for each run of consecutive values. Full-width digits U+FF10-FF19 are not
// here: they are 'fullwidth'.
// A row maps first..last to value, value+1, ...; rows are sorted by first.
export const digits: ReadonlyArray<readonly [first: number, last: number, value: number, script: string]> = [
  [0x00B2, 0x00B3, 2, 'superscript'], // U+00B2-00B3 (²-³) SUPERSCRIPT TWO..THREE
  [0x00B9, 0x00B9, 1, 'superscript'], // U+00B9 (¹) SUPERSCRIPT ONE
  [0x0660, 0x0669, 0, 'arabic-indic'], // U+0660-0669 (٠-٩) ARABIC-INDIC DIGIT ZERO..NINE
  [0x06F0, 0x06F9, 0, 'persian'], // U+06F0-06F9 (۰-۹) EXTENDED ARABIC-INDIC DIGIT ZERO..NINE
  [0x07C0, 0x07C9, 0, 'nko'], // U+07C0-07C9 (߀-߉) NKO DIGIT ZERO..NINE
  [0x0966, 0x096F, 0, 'devanagari'], // U+0966-096F (०-९) DEVANAGARI DIGIT ZERO..NINE
  [0x09E6, 0x09EF, 0, 'bengali'], // U+09E6-09EF (০-৯) BENGALI DIGIT ZERO..NINE
  [0x0A66, 0x0A6F, 0, 'gurmukhi'], // U+0A66-0A6F (੦-੯) GURMUKHI DIGIT ZERO..NINE
  [0x0AE6, 0x0AEF, 0, 'gujarati'], // U+0AE6-0AEF (૦-૯) GUJARATI DIGIT ZERO..NINE
  [0x0B66, 0x0B6F, 0, 'oriya'], // U+0B66-0B6F (୦-୯) ORIYA DIGIT ZERO..NINE
  [0x0BE6, 0x0BEF, 0, 'tamil'], // U+0BE6-0BEF (௦-௯) TAMIL DIGIT ZERO..NINE
  [0x0C66, 0x0C6F, 0, 'telugu'], // U+0C66-0C6F (౦-౯) TELUGU DIGIT ZERO..NINE
  [0x0CE6, 0x0CEF, 0, 'kannada'], // U+0CE6-0CEF (೦-೯) KANNADA DIGIT ZERO..NINE
  [0x0D66, 0x0D6F, 0, 'malayalam'], // U+0D66-0D6F (൦-൯) MALAYALAM DIGIT ZERO..NINE
  [0x0DE6, 0x0DEF, 0, 'sinhala-lith'], // U+0DE6-0DEF (෦-෯) SINHALA LITH DIGIT ZERO..NINE
  [0x0E50, 0x0E59, 0, 'thai'], // U+0E50-0E59 (๐-๙) THAI DIGIT ZERO..NINE
  [0x0ED0, 0x0ED9, 0, 'lao'], // U+0ED0-0ED9 (໐-໙) LAO DIGIT ZERO..NINE
  [0x0F20, 0x0F29, 0, 'tibetan'], // U+0F20-0F29 (༠-༩) TIBETAN DIGIT ZERO..NINE
  [0x1040, 0x1049, 0, 'myanmar'], // U+1040-1049 (၀-၉) MYANMAR DIGIT ZERO..NINE
  [0x1090, 0x1099, 0, 'myanmar-shan'], // U+1090-1099 (႐-႙) MYANMAR SHAN DIGIT ZERO..NINE
  [0x17E0, 0x17E9, 0, 'khmer'], // U+17E0-17E9 (០-៩) KHMER DIGIT ZERO..NINE
  [0x1810, 0x1819, 0, 'mongolian'], // U+1810-1819 (᠐-᠙) MONGOLIAN DIGIT ZERO..NINE
  [0x1946, 0x194F, 0, 'limbu'], // U+1946-194F (᥆-᥏) LIMBU DIGIT ZERO..NINE
  [0x19D0, 0x19D9, 0, 'new-tai-lue'], // U+19D0-19D9 (᧐-᧙) NEW TAI LUE DIGIT ZERO..NINE
  [0x1A80, 0x1A89, 0, 'tai-tham-hora'], // U+1A80-1A89 (᪀-᪉) TAI THAM HORA DIGIT ZERO..NINE
  [0x1A90, 0x1A99, 0, 'tai-tham-tham'], // U+1A90-1A99 (᪐-᪙) TAI THAM THAM DIGIT ZERO..NINE
  [0x1B50, 0x1B59, 0, 'balinese'], // U+1B50-1B59 (᭐-᭙) BALINESE DIGIT ZERO..NINE
  [0x1BB0, 0x1BB9, 0, 'sundanese'], // U+1BB0-1BB9 (᮰-᮹) SUNDANESE DIGIT ZERO..NINE
  [0x1C40, 0x1C49, 0, 'lepcha'], // U+1C40-1C49 (᱀-᱉) LEPCHA DIGIT ZERO..NINE
  [0x1C50, 0x1C59, 0, 'ol-chiki'], // U+1C50-1C59 (᱐-᱙) OL CHIKI DIGIT ZERO..NINE
  [0x2070, 0x2070, 0, 'superscript'], // U+2070 (⁰) SUPERSCRIPT ZERO
  [0x2074, 0x2079, 4, 'superscript'], // U+2074-2079 (⁴-⁹) SUPERSCRIPT FOUR..NINE
  [0x2080, 0x2089, 0, 'subscript'], // U+2080-2089 (₀-₉) SUBSCRIPT ZERO..NINE
  [0x2460, 0x2468, 1, 'circled'], // U+2460-2468 (①-⑨) CIRCLED DIGIT ONE..NINE
  [0x24EA, 0x24EA, 0, 'circled'], // U+24EA (⓪) CIRCLED DIGIT ZERO
  [0x24FF, 0x24FF, 0, 'negative-circled'], // U+24FF (⓿) NEGATIVE CIRCLED DIGIT ZERO
  [0x2776, 0x277E, 1, 'negative-circled'], // U+2776-277E (❶-❾) DINGBAT NEGATIVE CIRCLED DIGIT ONE..NINE
  [0x2780, 0x2788, 1, 'circled'], // U+2780-2788 (➀-➈) DINGBAT CIRCLED SANS-SERIF DIGIT ONE..NINE
  [0x278A, 0x2792, 1, 'negative-circled'], // U+278A-2792 (➊-➒) DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ONE..NINE
  [0xA620, 0xA629, 0, 'vai'], // U+A620-A629 (꘠-꘩) VAI DIGIT ZERO..NINE
  [0xA8D0, 0xA8D9, 0, 'saurashtra'], // U+A8D0-A8D9 (꣐-꣙) SAURASHTRA DIGIT ZERO..NINE
  [0xA900, 0xA909, 0, 'kayah-li'], // U+A900-A909 (꤀-꤉) KAYAH LI DIGIT ZERO..NINE
  [0xA9D0, 0xA9D9, 0, 'javanese'], // U+A9D0-A9D9 (꧐-꧙) JAVANESE DIGIT ZERO..NINE
  [0xA9F0, 0xA9F9, 0, 'myanmar-tai-laing'], // U+A9F0-A9F9 (꧰-꧹) MYANMAR TAI LAING DIGIT ZERO..NINE
  [0xAA50, 0xAA59, 0, 'cham'], // U+AA50-AA59 (꩐-꩙) CHAM DIGIT ZERO..NINE
  [0xABF0, 0xABF9, 0, 'meetei-mayek'], // U+ABF0-ABF9 (꯰-꯹) MEETEI MAYEK DIGIT ZERO..NINE
  [0x104A0, 0x104A9, 0, 'osmanya'], // U+104A0-104A9 (𐒠-𐒩) OSMANYA DIGIT ZERO..NINE
  [0x10D30, 0x10D39, 0, 'hanifi-rohingya'], // U+10D30-10D39 (𐴰-𐴹) HANIFI ROHINGYA DIGIT ZERO..NINE
  [0x10D40, 0x10D49, 0, 'garay'], // U+10D40-10D49 (𐵀-𐵉) GARAY DIGIT ZERO..NINE
  [0x11066, 0x1106F, 0, 'brahmi'], // U+11066-1106F (𑁦-𑁯) BRAHMI DIGIT ZERO..NINE
  [0x110F0, 0x110F9, 0, 'sora-sompeng'], // U+110F0-110F9 (𑃰-𑃹) SORA SOMPENG DIGIT ZERO..NINE
  [0x11136, 0x1113F, 0, 'chakma'], // U+11136-1113F (𑄶-𑄿) CHAKMA DIGIT ZERO..NINE
  [0x111D0, 0x111D9, 0, 'sharada'], // U+111D0-111D9 (𑇐-𑇙) SHARADA DIGIT ZERO..NINE
  [0x112F0, 0x112F9, 0, 'khudawadi'], // U+112F0-112F9 (𑋰-𑋹) KHUDAWADI DIGIT ZERO..NINE
  [0x11450, 0x11459, 0, 'newa'], // U+11450-11459 (𑑐-𑑙) NEWA DIGIT ZERO..NINE
  [0x114D0, 0x114D9, 0, 'tirhuta'], // U+114D0-114D9 (𑓐-𑓙) TIRHUTA DIGIT ZERO..NINE
  [0x11650, 0x11659, 0, 'modi'], // U+11650-11659 (𑙐-𑙙) MODI DIGIT ZERO..NINE
  [0x116C0, 0x116C9, 0, 'takri'], // U+116C0-116C9 (𑛀-𑛉) TAKRI DIGIT ZERO..NINE
  [0x116D0, 0x116D9, 0, 'myanmar-pao'], // U+116D0-116D9 (𑛐-𑛙) MYANMAR PAO DIGIT ZERO..NINE
  [0x116DA, 0x116E3, 0, 'myanmar-eastern-pwo-karen'], // U+116DA-116E3 (𑛚-𑛣) MYANMAR EASTERN PWO KAREN DIGIT ZERO..NINE
  [0x11730, 0x11739, 0, 'ahom'], // U+11730-11739 (𑜰-𑜹) AHOM DIGIT ZERO..NINE
  [0x118E0, 0x118E9, 0, 'warang-citi'], // U+118E0-118E9 (𑣠-𑣩) WARANG CITI DIGIT ZERO..NINE
  [0x11950, 0x11959, 0, 'dives-akuru'], // U+11950-11959 (𑥐-𑥙) DIVES AKURU DIGIT ZERO..NINE
  [0x11BF0, 0x11BF9, 0, 'sunuwar'], // U+11BF0-11BF9 (𑯰-𑯹) SUNUWAR DIGIT ZERO..NINE
  [0x11C50, 0x11C59, 0, 'bhaiksuki'], // U+11C50-11C59 (𑱐-𑱙) BHAIKSUKI DIGIT ZERO..NINE
  [0x11D50, 0x11D59, 0, 'masaram-gondi'], // U+11D50-11D59 (𑵐-𑵙) MASARAM GONDI DIGIT ZERO..NINE
  [0x11DA0, 0x11DA9, 0, 'gunjala-gondi'], // U+11DA0-11DA9 (𑶠-𑶩) GUNJALA GONDI DIGIT ZERO..NINE
  [0x11DE0, 0x11DE9, 0, 'tolong-siki'], // U+11DE0-11DE9 (𑷠-𑷩) TOLONG SIKI DIGIT ZERO..NINE
  [0x11F50, 0x11F59, 0, 'kawi'], // U+11F50-11F59 (𑽐-𑽙) KAWI DIGIT ZERO..NINE
  [0x16130, 0x16139, 0, 'gurung-khema'], // U+16130-16139 (𖄰-𖄹) GURUNG KHEMA DIGIT ZERO..NINE
  [0x16A60, 0x16A69, 0, 'mro'], // U+16A60-16A69 (𖩠-𖩩) MRO DIGIT ZERO..NINE
  [0x16AC0, 0x16AC9, 0, 'tangsa'], // U+16AC0-16AC9 (𖫀-𖫉) TANGSA DIGIT ZERO..NINE
  [0x16B50, 0x16B59, 0, 'pahawh-hmong'], // U+16B50-16B59 (𖭐-𖭙) PAHAWH HMONG DIGIT ZERO..NINE
  [0x16D70, 0x16D79, 0, 'kirat-rai'], // U+16D70-16D79 (𖵰-𖵹) KIRAT RAI DIGIT ZERO..NINE
  [0x1CCF0, 0x1CCF9, 0, 'outlined'], // U+1CCF0-1CCF9 (𜳰-𜳹) OUTLINED DIGIT ZERO..NINE
  [0x1D7CE, 0x1D7D7, 0, 'math-bold'], // U+1D7CE-1D7D7 (𝟎-𝟗) MATHEMATICAL BOLD DIGIT ZERO..NINE
  [0x1D7D8, 0x1D7E1, 0, 'math-double-struck'], // U+1D7D8-1D7E1 (𝟘-𝟡) MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO..NINE
  [0x1D7E2, 0x1D7EB, 0, 'math-sans-serif'], // U+1D7E2-1D7EB (𝟢-𝟫) MATHEMATICAL SANS-SERIF DIGIT ZERO..NINE
  [0x1D7EC, 0x1D7F5, 0, 'math-sans-serif-bold'], // U+1D7EC-1D7F5 (𝟬-𝟵) MATHEMATICAL SANS-SERIF BOLD DIGIT ZERO..NINE
  [0x1D7F6, 0x1D7FF, 0, 'math-monospace'], // U+1D7F6-1D7FF (𝟶-𝟿) MATHEMATICAL MONOSPACE DIGIT ZERO..NINE
  [0x1E140, 0x1E149, 0, 'nyiakeng-puachue-hmong'], // U+1E140-1E149 (𞅀-𞅉) NYIAKENG PUACHUE HMONG DIGIT ZERO..NINE
  [0x1E2F0, 0x1E2F9, 0, 'wancho'], // U+1E2F0-1E2F9 (𞋰-𞋹) WANCHO DIGIT ZERO..NINE
  [0x1E4F0, 0x1E4F9, 0, 'nag-mundari'], // U+1E4F0-1E4F9 (𞓰-𞓹) NAG MUNDARI DIGIT ZERO..NINE
  [0x1E5F1, 0x1E5FA, 0, 'ol-onal'], // U+1E5F1-1E5FA (𞗱-𞗺) OL ONAL DIGIT ZERO..NINE
  [0x1E950, 0x1E959, 0, 'adlam'], // U+1E950-1E959 (𞥐-𞥙) ADLAM DIGIT ZERO..NINE
  [0x1FBF0, 0x1FBF9, 0, 'segmented'], // U+1FBF0-1FBF9 (🯰-🯹) SEGMENTED DIGIT ZERO..NINE
];
