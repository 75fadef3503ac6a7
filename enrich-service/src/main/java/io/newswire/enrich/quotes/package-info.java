/**
 * Quote extraction: direct quotes (in quotation marks) and indirect speech, attributed to speakers.
 *
 * <p>Reading order of one article ({@link io.newswire.enrich.quotes.QuoteExtractor}):
 * <ol>
 *   <li>{@code QuotationMarkScanner} finds top-level quotations per field, in every style, deciding a
 *       mark's role from what flanks it (wire copy mixes straight, curly and reversed marks).
 *   <li>{@code CueLexicon} (resources {@code quotes/cues-<lang>.txt}) finds speech verbs, continuation
 *       participles, switch markers, complementizers, role heads and titles.
 *   <li>{@code RoleBinder} binds role phrases to people by apposition (رئيس الجمهورية مسعود بزشكيان), so a
 *       later bare role resolves.
 *   <li>{@code SpeakerLineFinder}, {@code DirectQuoteFinder}, {@code IndirectSpeechFinder} and
 *       {@code PartialQuoteFinder} propose candidates ({@code HeadlineDashSources} an English headline signed
 *       after a dash, '… - TRADE', round 51); overlaps are settled in {@code QuoteExtractor}.
 *   <li>{@code QuotedName} keeps names and titles in marks («عباس البياتي», لـ«الشرق الأوسط») out of the
 *       quotes; a quoted name before or after a cue is its subject instead.
 *   <li>{@code SubjectFinder} / {@code EnglishSubjectFinder} resolve each cue's speaker left to right;
 *       {@code SpeakerTracker} keeps the current speaker for continuation cues and pronouns, and
 *       {@code SilentCues} lets speech verbs without a quote of their own name a new speaker (…تاکید کرد، /
 *       وأشار X), so a later وی افزود or وأضاف finds them.
 *   <li>{@code Pronouns} decides what a pronoun may stand for (he/she a person, they a group, it a body,
 *       a source the entity step left unlinked too when its words are a proper name that is no person's:
 *       'The Harwick Courier said …. It said', round 30) and drops a speaker that is only an unresolved pronoun; {@code EnglishPronounSubjects} gives an
 *       English 'He'/'She' opening a sentence, and a quotation with no cue opening one, to the named person
 *       who is the subject of the sentence before; {@code Honorifics} resolves سموه، معاليه،
 *       فخامته to the titled person named before. An Arabic feminine cue with no subject of its own (وأكدت أن, مضيفة)
 *       does not go on from a person a masculine verb named ({@code ArabicVerbGender}, round 25): the verb
 *       agrees with its subject, so its words are left with no one named rather than given to him.
 *   <li>{@code Epithets} resolves a definite description the article uses instead of a name: an epithet or
 *       role ('said the East Kilbride athlete', وقالت الفنانة, المسؤول التركي, لیبروی تیم ملی) to the person
 *       named most just before (outside quotes), else to the named speaker just before; a body named by its
 *       kind (الوزارة, الحركة, the party) to the latest organisation called so; an English 'the firm' or
 *       'the station' with a nationality adjective ('The Swedish firm said', round 30) as without it.
 *   <li>Last, a role speaker left unresolved takes the person the article binds to that role, or, in a
 *       lead (headline, first paragraph: وزير تعاون گفت:), the person the next paragraphs name; in Persian
 *       first the person the article names further on with that role completed (رئيس شعبه … دادگاه كيفري,
 *       later 'X، رئيس شعبه … دادگاه كيفري استان تهران', round 30).
 * </ol>
 * Agency house styles (issue 9): Arabic quotations after a cue and إن/أن or after بـ of a describing verb
 * (وصفها بـ«…») are DIRECT however short, with the reported clause around them INDIRECT as well; an
 * unresolved speaker keeps its words with no entity and no name, except that an English subject naming someone
 * the entity step missed keeps that name ({@code EnglishUnlinkedNames}, round 29: a given name and capitalised
 * words, a surname written in full elsewhere, a proper noun capitalised again in mid-sentence). Short Arabic words in marks are told from
 * names by the sentence around them ({@code ArabicFragments}, round 10): governed by a word of saying,
 * describing, naming, charging or expressing, or opening a constituent of the clause, they are words said;
 * a single word or a kunya straight after a plain word of the clause names it. A source phrase after a comma
 * attributes the clause before it (…، حسبما ذكر X, وفق ما أكدته X with the verb's pronoun, على ما نقلت X, and
 * كما قال X when the source ends the sentence; round 24). The present tense of رأى (ويرى X أن, وترى X أن, يرون أن) reports an opinion
 * clause as the past does (round 25). Words a body or medium voices على لسان X (وأكدت الوزارة على لسان المتحدث
 * باسمها X أن, ونشرت الصحيفة على لسان X قوله) are X's, an unnamed X keeping its words and no entity; a source
 * phrase before its clause may run past eight words when a comma and فإن close it (وبحسب X وهو …، فإن), and one
 * that names no one (وفقا للمعلومات المتاحة، فإن) leaves its clause unnamed rather than giving it to the last
 * speaker (round 26). An Arabic body's kind word may keep up to four words with its adjectives before its name in
 * marks (قالت شركة النقل البحري الخاصة «X» إن: X speaks); الذي/التي before a speech verb take up a person named
 * before an apposed role set off by commas (X، المدعي العام …، الذي قال إن) or a name in marks right before them
 * (وكالة «X» التي قالت); after a sentence-opening كان the subject stands before the verb (وكانت الوزارة قد أعلنت
 * أن), unless a negation gives كان a predicate of its own (round 27). English quoted fragments inside reported
 * speech ('adding that the offer remains "dormant"') are DIRECT beside their INDIRECT clause. A Persian body's
 * public relations reporting an event (به گزارش روابط عمومی X، …, also after the agency's own به گزارش …
 * به نقل از) is the body's INDIRECT account when no one in the sentence speaks; the body is then no antecedent
 * for a later وی, nor the person a lead's role describes (round 28). Fars marks names, titles and nicknames
 * with «», so words in marks in a Persian headline with no cue are no one's words unless they stand inside a
 * speaker's line (X: … «Y» …); after Arabic أبلغ (informed: subject, then the one informed) the last name
 * before the clause is the one informed, so وأبلغ المصدر وكالة X بأن is the source's and وفق ما أبلغت الجمارك
 * وكالة X the customs' (round 29). An Arabic medium the article only ever names as the one told or receiving
 * words (لـ«X», لوكالة X, أبلغ … وكالة X, حصلت «X» على) is never a speaker: a description resolved to it
 * ('the sources', 'the statement') stays unnamed ({@code Recipients}, round 30).
 * Offsets are UTF-16 indices internally and code points in every published {@code Quote}.
 */
package io.newswire.enrich.quotes;
