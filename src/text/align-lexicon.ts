/**
 * A small hand-written Korean-English lexicon of very common news words, used by the paragraph aligner as
 * one kind of anchor: a paragraph that says 경찰 is more likely to be translated by one that says "police".
 * General world knowledge written by hand (countries, capitals, institutions, titles, everyday news
 * nouns, weekdays); nothing here was learned from a corpus.
 *
 * Each row is [Korean forms, English forms], forms separated by "|". Korean forms are matched as
 * substrings of Hangul words (particles attach to nouns: 경찰은, 경찰이), longest first, at least two
 * syllables unless Hanja. English forms are lowercase words or phrases; all-capital forms (US, UN) are
 * acronyms matched in capitals only, so the pronoun "us" is not the country. A regular plural in -s
 * needs no entry. A Korean form may appear in several rows (미군 is both "US" and "military").
 */

/** The lexicon rows: [Korean forms, English forms]. */
export const ALIGN_LEXICON: readonly (readonly [string, string])[] = [
  // countries, regions and their adjectives
  ["미국|美|미군|한미|미중|미일|북미|미측", "US|USA|united states|america|american|americans|washington"],
  ["중국|中|中國|미중|한중|중국인|중국측", "china|chinese|beijing"],
  ["일본|日|日本|한일|미일|북일", "japan|japanese|tokyo"],
  ["북한|北|북측|남북|북미|북일|북핵", "north korea|north korean|north koreans|pyongyang|DPRK|communist north|the north"],
  ["한국|韓|남한|남측|남북|한미|한일|한중|대한민국", "south korea|south korean|korea|korean|koreans|seoul"],
  ["영국|英", "britain|british|UK|united kingdom|england|english|london"],
  ["프랑스|佛", "france|french|paris"],
  ["독일|獨", "germany|german|germans|berlin"],
  ["러시아|露|러시아인", "russia|russian|russians|moscow|kremlin"],
  ["이라크", "iraq|iraqi|iraqis|baghdad"],
  ["이란", "iran|iranian|iranians|tehran"],
  ["아프가니스탄|아프간", "afghanistan|afghan|afghans|kabul"],
  ["파키스탄", "pakistan|pakistani|islamabad"],
  ["이스라엘", "israel|israeli|israelis"],
  ["팔레스타인", "palestinian|palestinians|palestine"],
  ["시리아", "syria|syrian"],
  ["레바논", "lebanon|lebanese"],
  ["이집트", "egypt|egyptian|cairo"],
  ["사우디", "saudi|saudis|saudi arabia"],
  ["터키", "turkey|turkish|ankara|istanbul"],
  ["인도네시아", "indonesia|indonesian|jakarta"],
  ["호주", "australia|australian|australians"],
  ["캐나다", "canada|canadian"],
  ["멕시코", "mexico|mexican"],
  ["브라질", "brazil|brazilian"],
  ["아르헨티나", "argentina|argentine"],
  ["베네수엘라", "venezuela|venezuelan"],
  ["쿠바", "cuba|cuban|havana"],
  ["대만", "taiwan|taiwanese|taipei"],
  ["홍콩", "hong kong"],
  ["베트남", "vietnam|vietnamese|hanoi"],
  ["태국", "thailand|thai|bangkok"],
  ["필리핀", "philippines|philippine|filipino|manila"],
  ["말레이시아", "malaysia|malaysian"],
  ["싱가포르", "singapore"],
  ["미얀마|버마", "myanmar|burma|burmese"],
  ["몽골", "mongolia|mongolian"],
  ["우크라이나", "ukraine|ukrainian"],
  ["그루지야|조지아", "georgia|georgian"],
  ["이탈리아", "italy|italian|rome"],
  ["스페인", "spain|spanish|madrid"],
  ["그리스", "greece|greek"],
  ["폴란드", "poland|polish"],
  ["스웨덴", "sweden|swedish"],
  ["노르웨이", "norway|norwegian"],
  ["네덜란드", "netherlands|dutch"],
  ["스위스", "switzerland|swiss|geneva"],
  ["오스트리아", "austria|austrian|vienna"],
  ["벨기에", "belgium|belgian|brussels"],
  ["아일랜드", "ireland|irish"],
  ["덴마크", "denmark|danish"],
  ["케냐", "kenya|kenyan"],
  ["나이지리아", "nigeria|nigerian"],
  ["남아공|남아프리카", "south africa|south african"],
  ["소말리아", "somalia|somali"],
  ["짐바브웨", "zimbabwe"],
  ["콜롬비아", "colombia|colombian"],
  ["유럽", "europe|european|europeans"],
  ["아시아", "asia|asian"],
  ["아프리카", "africa|african"],
  ["중동", "middle east|mideast"],
  ["서방", "west|western"],
  // cities and seats of power
  ["서울", "seoul"],
  ["평양", "pyongyang"],
  ["워싱턴", "washington"],
  ["베이징|북경", "beijing"],
  ["도쿄", "tokyo"],
  ["뉴욕", "new york"],
  ["런던", "london"],
  ["파리", "paris"],
  ["모스크바", "moscow"],
  ["바그다드", "baghdad"],
  ["예루살렘", "jerusalem"],
  ["상하이", "shanghai"],
  ["부산", "busan|pusan"],
  ["백악관", "white house"],
  ["청와대", "cheong wa dae|blue house|presidential office"],
  ["국회|의회", "national assembly|assembly|parliament|parliamentary|congress|congressional|lawmakers|legislature"],
  ["국방부|국방", "defense ministry|defense|pentagon"],
  ["국무부", "state department"],
  ["외교부|외무부|외교통상부", "foreign ministry|foreign affairs"],
  ["유엔|국제연합", "UN|united nations"],
  ["안보리", "security council"],
  ["유럽연합", "EU|european union"],
  ["나토", "NATO"],
  ["국제원자력기구", "IAEA|atomic energy agency"],
  ["세계보건기구", "WHO|world health organization"],
  // titles and roles
  ["대통령", "president|presidential|presidency"],
  ["총리", "prime minister|premier"],
  ["장관", "minister|secretary"],
  ["대변인", "spokesman|spokeswoman|spokesperson"],
  ["국왕|왕세자|황태자", "king|prince|crown prince|royal"],
  ["여왕", "queen"],
  ["교황", "pope|vatican"],
  ["의원", "lawmaker|legislator|congressman|senator|representative|MP"],
  ["대사", "ambassador|envoy"],
  ["사무총장", "secretary-general|secretary general"],
  ["사령관|지휘관", "commander"],
  ["장군", "general"],
  ["회장", "chairman|chairwoman|chief"],
  ["최고경영자", "ceo|chief executive|CEO"],
  ["후보", "candidate|nominee|hopeful"],
  ["지도자", "leader|leadership"],
  ["위원장", "chairman|chief|head"],
  ["국무장관", "secretary of state"],
  ["경찰", "police|policeman|policemen|officers"],
  ["검찰|검사", "prosecutor|prosecutors|prosecution"],
  ["판사", "judge"],
  ["변호사", "lawyer|attorney"],
  ["의사", "doctor|physician"],
  ["간호사", "nurse"],
  ["교사|선생님", "teacher"],
  ["학생", "student|pupil"],
  ["기자", "reporter|journalist|correspondent"],
  ["전문가", "expert|analyst|specialist"],
  ["과학자", "scientist|researcher"],
  ["관계자|당국자|관리들", "official|officials"],
  ["당국", "authorities|authority|officials"],
  ["주민", "resident|residents|villagers|locals"],
  ["시민", "citizen|citizens|civilian"],
  ["민간인", "civilian|civilians"],
  ["국민", "people|citizens|nation|public"],
  ["난민", "refugee|refugees"],
  ["인질", "hostage|hostages"],
  ["포로", "prisoner|captive|POW"],
  ["노동자|근로자", "worker|workers|laborers|labor"],
  ["여성", "woman|women|female"],
  ["남성", "man|men|male"],
  ["어린이|아이들|아동", "child|children|kids|kid"],
  ["환자", "patient"],
  ["승객", "passenger"],
  ["선수", "player|athlete"],
  ["감독", "coach|manager|director"],
  ["배우", "actor|actress"],
  ["가수", "singer"],
  ["작가", "writer|author"],
  // politics and law
  ["선거|대선|총선", "election|elections|electoral|polls|vote"],
  ["투표", "vote|voting|ballot|voters"],
  ["정당", "party|parties"],
  ["민주당", "democratic party|democrat|democrats|democratic"],
  ["공화당", "republican|republicans|GOP"],
  ["여당", "ruling party|ruling"],
  ["야당|野", "opposition"],
  ["정부", "government|administration"],
  ["정치", "political|politics|politician|politicians"],
  ["협상", "negotiation|negotiations|negotiate|negotiators|talks"],
  ["회담", "talks|summit|meeting"],
  ["정상회담", "summit"],
  ["합의", "agreement|agreed|deal|accord"],
  ["조약|협정", "treaty|pact|accord|agreement"],
  ["제재", "sanctions|sanction"],
  ["외교", "diplomatic|diplomacy|diplomat|diplomats"],
  ["민주주의", "democracy"],
  ["시위", "protest|protesters|demonstration|demonstrators|rally"],
  ["쿠데타", "coup"],
  ["개혁", "reform|reforms"],
  ["법안", "bill|legislation"],
  ["헌법", "constitution|constitutional"],
  ["대법원", "supreme court"],
  ["법원|재판부", "court"],
  ["재판", "trial"],
  ["혐의", "charges|charged|accused|allegedly|alleged|suspicion|suspected"],
  ["체포", "arrested|arrest|detained"],
  ["기소", "indicted|charged|indictment"],
  ["유죄", "guilty|convicted"],
  ["사형", "death penalty|death sentence|execution|executed"],
  ["징역|교도소|감옥|수감", "prison|jail|imprisonment|sentenced"],
  ["용의자", "suspect|suspects"],
  ["살해", "killed|murdered|murder|killing"],
  ["범죄", "crime|criminal"],
  ["부패", "corruption|corrupt"],
  ["스캔들|추문", "scandal"],
  ["인권", "human rights"],
  ["독립", "independence|independent"],
  ["통일", "unification|reunification"],
  // military and security
  ["군대|군사|군부|병력|軍", "military|troops|army|forces"],
  ["군인|병사|장병", "soldier|soldiers|troops"],
  ["해군", "navy|naval"],
  ["공군", "air force"],
  ["육군", "army"],
  ["전쟁", "war|wartime"],
  ["테러", "terror|terrorism|terrorist|terrorists"],
  ["공격", "attack|attacks|attacked|offensive|strike"],
  ["폭탄|폭격", "bomb|bombs|bombing|bombings"],
  ["폭발", "explosion|blast|exploded|explosive"],
  ["자살", "suicide"],
  ["미사일", "missile|missiles"],
  ["핵무기|핵무장", "nuclear weapon|nuclear weapons|nuclear arms"],
  ["핵실험", "nuclear test"],
  ["핵시설", "nuclear facility|nuclear facilities|reactor"],
  ["무기", "weapon|weapons|arms"],
  ["반군", "rebel|rebels|insurgents|militants"],
  ["무장", "armed|militants|gunmen"],
  ["안보|안전보장", "security"],
  ["평화", "peace|peaceful"],
  ["휴전", "ceasefire|cease-fire|truce"],
  ["침공", "invasion|invade|invaded"],
  ["점령", "occupation|occupied"],
  ["철수", "withdrawal|withdraw|pullout"],
  // disasters and accidents
  ["사망|숨져|숨졌|숨진|사망자", "killed|dead|died|death|deaths|death toll"],
  ["부상", "injured|wounded|injuries|hurt"],
  ["희생", "victim|victims"],
  ["피해", "damage|damaged|victims"],
  ["실종", "missing"],
  ["구조", "rescue|rescued|rescuers"],
  ["대피", "evacuated|evacuation|evacuate"],
  ["지진", "earthquake|quake"],
  ["쓰나미|해일", "tsunami"],
  ["태풍", "typhoon"],
  ["허리케인", "hurricane"],
  ["홍수", "flood|floods|flooding"],
  ["가뭄", "drought"],
  ["화재|산불", "fire|blaze|wildfire"],
  ["사고", "accident|crash|incident"],
  ["추락", "crashed|crash|plunged"],
  ["항공기|비행기|여객기", "plane|aircraft|jet|airliner|flight"],
  ["항공", "airline|airlines|air"],
  ["공항", "airport"],
  ["열차|기차", "train"],
  ["자동차|차량", "car|vehicle|auto"],
  // economy
  ["경제", "economy|economic|economies"],
  ["시장", "market|markets|mayor"],
  ["증시|주가|주식", "stock|stocks|shares|stock market"],
  ["기업|회사|업체", "company|companies|firm|firms|corporate|business"],
  ["은행", "bank|banks|banking"],
  ["금리", "interest rate|interest rates|rates"],
  ["달러", "dollar|dollars"],
  ["유로", "euro|euros"],
  ["위안", "yuan"],
  ["석유|유가|원유", "oil|crude|petroleum"],
  ["가격", "price|prices"],
  ["수출", "export|exports|exporter"],
  ["수입", "import|imports|revenue|income"],
  ["무역", "trade"],
  ["투자", "investment|invest|investors|investor"],
  ["성장", "growth|grow|grew"],
  ["인플레이션|물가", "inflation|prices"],
  ["실업", "unemployment|jobless"],
  ["일자리", "jobs|job"],
  ["예산", "budget"],
  ["세금", "tax|taxes"],
  ["부채", "debt"],
  ["위기", "crisis"],
  ["판매", "sales|sold|sell"],
  // society, science and culture
  ["학교", "school"],
  ["대학", "university|college"],
  ["병원", "hospital"],
  ["질병", "disease"],
  ["바이러스", "virus"],
  ["감염", "infection|infected"],
  ["독감|인플루엔자", "flu|influenza"],
  ["조류", "bird"],
  ["에이즈", "aids|AIDS|hiv|HIV"],
  ["연구", "research|study|studies"],
  ["컴퓨터", "computer"],
  ["인터넷|온라인", "internet|online|web"],
  ["휴대폰|휴대전화", "cell phone|mobile phone|cellphone|phone"],
  ["기술", "technology|technologies|technical"],
  ["환경", "environment|environmental"],
  ["기후", "climate"],
  ["온난화", "warming"],
  ["에너지", "energy"],
  ["전력|전기", "electricity|power|electric"],
  ["영화", "film|movie"],
  ["음악", "music"],
  ["올림픽", "olympic|olympics"],
  ["월드컵", "world cup"],
  ["축구", "soccer|football"],
  ["야구", "baseball"],
  ["골프", "golf"],
  ["우승", "won|title|champion|championship|victory"],
  ["금메달", "gold medal|gold"],
  ["대회", "tournament|championship|competition|contest"],
  ["이슬람", "islam|islamic|muslim|muslims"],
  ["기독교", "christian|christianity"],
  ["교회", "church"],
  ["종교", "religion|religious"],
  ["언론", "media|press"],
  ["신문", "newspaper|daily"],
  ["방송", "broadcast|broadcaster|television|tv|TV"],
  ["통신", "news agency|agency"],
  ["보도", "reported|report|reports"],
  ["성명", "statement"],
  ["기자회견", "news conference|press conference"],
  // time words (Korean dates are numbers and are matched as numbers)
  ["월요일", "monday"],
  ["화요일", "tuesday"],
  ["수요일", "wednesday"],
  ["목요일", "thursday"],
  ["금요일", "friday"],
  ["토요일", "saturday"],
  ["일요일", "sunday"],
  ["주말", "weekend"],
  ["오전|아침", "morning|a.m"],
  ["오후", "afternoon|p.m"],
  ["어제", "yesterday"],
  ["오늘", "today"],
  ["내일", "tomorrow"],
  ["지난해|작년", "last year"],
  ["올해|금년", "this year"],
  ["내년", "next year"],
];

/** Longest Korean form, in UTF-16 units, bounding the substring search. */
const MAX_KO_FORM = 8;
/** Longest English form, in words. */
const MAX_EN_WORDS = 3;

/** Adds `row` to the list of rows a form belongs to. */
function addForm(map: Map<string, number[]>, form: string, row: number): void {
  const rows = map.get(form) ?? [];
  if (!rows.includes(row)) rows.push(row);
  map.set(form, rows);
}

/** Form -> lexicon rows, for one side (0 = Korean, 1 = English). */
function indexForms(side: 0 | 1): ReadonlyMap<string, readonly number[]> {
  const map = new Map<string, number[]>();
  ALIGN_LEXICON.forEach((row, index) => {
    for (const form of row[side].split("|")) addForm(map, form, index);
  });
  return map;
}

/** Korean form -> lexicon rows. */
const KO_FORMS = indexForms(0);
/** English form (lowercase, or capitals for acronyms) -> lexicon rows. */
const EN_FORMS = indexForms(1);

/** Longest Korean form starting at `start` of `word`, as [rows, length]. */
function longestKoreanForm(word: string, start: number): [readonly number[], number] | null {
  for (let length = Math.min(MAX_KO_FORM, word.length - start); length >= 1; length--) {
    const rows = KO_FORMS.get(word.slice(start, start + length));
    // one-syllable Hangul forms would match inside unrelated words; only Hanja may be that short
    if (rows && (length > 1 || !/[\uAC00-\uD7A3]/.test(word[start] ?? ""))) return [rows, length];
  }
  return null;
}

/** Lexicon rows mentioned in a Korean word (Hangul or Hanja, no spaces), scanning left to right. */
export function findKoreanTerms(word: string): number[] {
  const found: number[] = [];
  for (let start = 0; start < word.length; ) {
    const hit = longestKoreanForm(word, start);
    if (!hit) { start++; continue; }
    found.push(...hit[0]);
    start += hit[1];
  }
  return found;
}

/** Rows of the form `words[start..start+length)`, trying a plural without its final s. */
function englishFormRows(words: readonly string[], start: number, length: number): readonly number[] | undefined {
  const phrase = words.slice(start, start + length).join(" ");
  return EN_FORMS.get(phrase) ?? (phrase.endsWith("s") ? EN_FORMS.get(phrase.slice(0, -1)) : undefined);
}

/**
 * Lexicon rows mentioned in a list of normalised English words (lowercase, acronyms in capitals),
 * longest phrase first, so "north korea" is not also "korea".
 */
export function findEnglishTerms(words: readonly string[]): number[] {
  const found: number[] = [];
  for (let start = 0; start < words.length; ) {
    let length = Math.min(MAX_EN_WORDS, words.length - start);
    let rows: readonly number[] | undefined;
    for (; length >= 1 && !rows; length--) rows = englishFormRows(words, start, length);
    if (rows) found.push(...rows);
    start += rows ? length + 1 : 1;
  }
  return found;
}
