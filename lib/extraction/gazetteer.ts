/**
 * Economies and the ways news copy names them: country names, abbreviations, demonyms, capitals
 * used as metonyms ("Tokyo wants…"), and institutions that stand for a government. Built from
 * general world knowledge (ISO 3166 codes, capitals); the EU is "EUN" as in the extraction format.
 * Spellings are given folded (no accents): the matcher runs on folded text.
 */
export type AliasKind = "name" | "abbreviation" | "demonym" | "capital" | "institution";

interface EconomyEntry {
  code: string;
  names: string[];
  demonyms?: string[];
  capitals?: string[];
  institutions?: string[];
}

const ECONOMIES: EconomyEntry[] = [
  { code: "USA", names: ["United States of America", "United States", "America", "U.S.A.", "U.S.", "USA", "US"], demonyms: ["American"], capitals: ["Washington"], institutions: ["White House", "USTR", "Trump administration", "Biden administration"] },
  { code: "EUN", names: ["European Union", "EU", "E.U."], demonyms: ["European"], capitals: ["Brussels"], institutions: ["European Commission", "the Commission", "The Commission", "Berlaymont"] },
  { code: "JPN", names: ["Japan"], demonyms: ["Japanese"], capitals: ["Tokyo"], institutions: ["METI", "Kantei"] },
  { code: "CHN", names: ["People's Republic of China", "China", "PRC"], demonyms: ["Chinese"], capitals: ["Beijing"], institutions: ["MOFCOM", "Zhongnanhai"] },
  { code: "GBR", names: ["United Kingdom", "Great Britain", "Britain", "U.K.", "UK"], demonyms: ["British"], capitals: ["London"], institutions: ["Downing Street", "Whitehall"] },
  { code: "KOR", names: ["South Korea", "Republic of Korea", "Korea", "ROK"], demonyms: ["South Korean", "Korean"], capitals: ["Seoul"], institutions: ["MOTIE", "Cheong Wa Dae"] },
  { code: "PRK", names: ["North Korea"], demonyms: ["North Korean"], capitals: ["Pyongyang"] },
  { code: "IND", names: ["India"], demonyms: ["Indian"], capitals: ["New Delhi", "Delhi"] },
  { code: "CHE", names: ["Switzerland", "Swiss Confederation"], demonyms: ["Swiss"], capitals: ["Bern"] },
  { code: "VNM", names: ["Vietnam", "Viet Nam"], demonyms: ["Vietnamese"], capitals: ["Hanoi", "Ha Noi"] },
  { code: "CAN", names: ["Canada"], demonyms: ["Canadian"], capitals: ["Ottawa"] },
  { code: "MEX", names: ["Mexico"], demonyms: ["Mexican"], capitals: ["Mexico City"] },
  { code: "BRA", names: ["Brazil"], demonyms: ["Brazilian"], capitals: ["Brasilia"] },
  { code: "IDN", names: ["Indonesia"], demonyms: ["Indonesian"], capitals: ["Jakarta"] },
  { code: "DEU", names: ["Germany"], demonyms: ["German"], capitals: ["Berlin"] },
  { code: "FRA", names: ["France"], demonyms: ["French"], capitals: ["Paris"] },
  { code: "ITA", names: ["Italy"], demonyms: ["Italian"], capitals: ["Rome"] },
  { code: "ESP", names: ["Spain"], demonyms: ["Spanish"], capitals: ["Madrid"] },
  { code: "NLD", names: ["Netherlands"], demonyms: ["Dutch"], capitals: ["Amsterdam", "The Hague"] },
  { code: "BEL", names: ["Belgium"], demonyms: ["Belgian"] },
  { code: "IRL", names: ["Ireland"], demonyms: ["Irish"], capitals: ["Dublin"] },
  { code: "POL", names: ["Poland"], demonyms: ["Polish"], capitals: ["Warsaw"] },
  { code: "SWE", names: ["Sweden"], demonyms: ["Swedish"], capitals: ["Stockholm"] },
  { code: "AUT", names: ["Austria"], demonyms: ["Austrian"], capitals: ["Vienna"] },
  { code: "NOR", names: ["Norway"], demonyms: ["Norwegian"], capitals: ["Oslo"] },
  { code: "DNK", names: ["Denmark"], demonyms: ["Danish"], capitals: ["Copenhagen"] },
  { code: "FIN", names: ["Finland"], demonyms: ["Finnish"], capitals: ["Helsinki"] },
  { code: "PRT", names: ["Portugal"], demonyms: ["Portuguese"], capitals: ["Lisbon"] },
  { code: "GRC", names: ["Greece"], demonyms: ["Greek"], capitals: ["Athens"] },
  { code: "CZE", names: ["Czech Republic", "Czechia"], demonyms: ["Czech"], capitals: ["Prague"] },
  { code: "HUN", names: ["Hungary"], demonyms: ["Hungarian"], capitals: ["Budapest"] },
  { code: "LTU", names: ["Lithuania"], demonyms: ["Lithuanian"], capitals: ["Vilnius"] },
  { code: "LVA", names: ["Latvia"], demonyms: ["Latvian"], capitals: ["Riga"] },
  { code: "EST", names: ["Estonia"], demonyms: ["Estonian"], capitals: ["Tallinn"] },
  { code: "SVK", names: ["Slovakia"], demonyms: ["Slovak"], capitals: ["Bratislava"] },
  { code: "SVN", names: ["Slovenia"], demonyms: ["Slovenian"], capitals: ["Ljubljana"] },
  { code: "HRV", names: ["Croatia"], demonyms: ["Croatian"], capitals: ["Zagreb"] },
  { code: "BGR", names: ["Bulgaria"], demonyms: ["Bulgarian"], capitals: ["Sofia"] },
  { code: "ROU", names: ["Romania"], demonyms: ["Romanian"], capitals: ["Bucharest"] },
  { code: "RUS", names: ["Russia", "Russian Federation"], demonyms: ["Russian"], capitals: ["Moscow", "Kremlin"] },
  { code: "UKR", names: ["Ukraine"], demonyms: ["Ukrainian"], capitals: ["Kyiv", "Kiev"] },
  { code: "TUR", names: ["Turkey", "Turkiye"], demonyms: ["Turkish"], capitals: ["Ankara"] },
  { code: "ISR", names: ["Israel"], demonyms: ["Israeli"] },
  { code: "SAU", names: ["Saudi Arabia"], demonyms: ["Saudi"], capitals: ["Riyadh"] },
  { code: "ARE", names: ["United Arab Emirates", "UAE"], demonyms: ["Emirati"], capitals: ["Abu Dhabi"] },
  { code: "EGY", names: ["Egypt"], demonyms: ["Egyptian"], capitals: ["Cairo"] },
  { code: "ZAF", names: ["South Africa"], demonyms: ["South African"], capitals: ["Pretoria"] },
  { code: "NGA", names: ["Nigeria"], demonyms: ["Nigerian"], capitals: ["Abuja"] },
  { code: "KEN", names: ["Kenya"], demonyms: ["Kenyan"], capitals: ["Nairobi"] },
  { code: "AUS", names: ["Australia"], demonyms: ["Australian"], capitals: ["Canberra"] },
  { code: "NZL", names: ["New Zealand"], demonyms: ["New Zealander"], capitals: ["Wellington"] },
  { code: "TWN", names: ["Taiwan"], demonyms: ["Taiwanese"], capitals: ["Taipei"] },
  { code: "THA", names: ["Thailand"], demonyms: ["Thai"], capitals: ["Bangkok"] },
  { code: "MYS", names: ["Malaysia"], demonyms: ["Malaysian"], capitals: ["Kuala Lumpur"] },
  { code: "PHL", names: ["Philippines"], demonyms: ["Philippine", "Filipino"], capitals: ["Manila"] },
  { code: "SGP", names: ["Singapore"], demonyms: ["Singaporean"] },
  { code: "KHM", names: ["Cambodia"], demonyms: ["Cambodian"], capitals: ["Phnom Penh"] },
  { code: "LAO", names: ["Laos"], demonyms: ["Lao", "Laotian"], capitals: ["Vientiane"] },
  { code: "MMR", names: ["Myanmar"], capitals: ["Naypyidaw"] },
  { code: "BGD", names: ["Bangladesh"], demonyms: ["Bangladeshi"], capitals: ["Dhaka"] },
  { code: "PAK", names: ["Pakistan"], demonyms: ["Pakistani"], capitals: ["Islamabad"] },
  { code: "LKA", names: ["Sri Lanka"], demonyms: ["Sri Lankan"], capitals: ["Colombo"] },
  { code: "ARG", names: ["Argentina"], demonyms: ["Argentine", "Argentinian"], capitals: ["Buenos Aires"] },
  { code: "CHL", names: ["Chile"], demonyms: ["Chilean"] },
  { code: "COL", names: ["Colombia"], demonyms: ["Colombian"], capitals: ["Bogota"] },
  { code: "PER", names: ["Peru"], demonyms: ["Peruvian"] },
  { code: "ECU", names: ["Ecuador"], demonyms: ["Ecuadorian"], capitals: ["Quito"] },
  { code: "URY", names: ["Uruguay"], demonyms: ["Uruguayan"], capitals: ["Montevideo"] },
  { code: "PRY", names: ["Paraguay"], demonyms: ["Paraguayan"], capitals: ["Asuncion"] },
  { code: "VEN", names: ["Venezuela"], demonyms: ["Venezuelan"], capitals: ["Caracas"] },
  { code: "GTM", names: ["Guatemala"], demonyms: ["Guatemalan"] },
  { code: "CRI", names: ["Costa Rica"], demonyms: ["Costa Rican"] },
  { code: "QAT", names: ["Qatar"], demonyms: ["Qatari"] },
  { code: "KWT", names: ["Kuwait"], demonyms: ["Kuwaiti"] },
  { code: "IRN", names: ["Iran"], demonyms: ["Iranian"], capitals: ["Tehran"] },
  { code: "IRQ", names: ["Iraq"], demonyms: ["Iraqi"], capitals: ["Baghdad"] },
  { code: "MAR", names: ["Morocco"], demonyms: ["Moroccan"], capitals: ["Rabat"] },
  { code: "ETH", names: ["Ethiopia"], demonyms: ["Ethiopian"], capitals: ["Addis Ababa"] },
  { code: "GHA", names: ["Ghana"], demonyms: ["Ghanaian"], capitals: ["Accra"] },
  { code: "KAZ", names: ["Kazakhstan"], demonyms: ["Kazakh"], capitals: ["Astana"] },
  { code: "NPL", names: ["Nepal"], demonyms: ["Nepali", "Nepalese"], capitals: ["Kathmandu"] },
  { code: "ISL", names: ["Iceland"], demonyms: ["Icelandic"], capitals: ["Reykjavik"] },
  { code: "LUX", names: ["Luxembourg"] },
];

/** Regions that contain an economy's name but are not that economy ("North America"). */
const REGIONS = ["North America", "South America", "Latin America", "Central America", "North American", "Latin American", "South Asia", "East Asia", "Southeast Asia", "Asia-Pacific", "South China Sea", "East China Sea", "Korean Peninsula", "Korean War", "New Mexico", "Indian Ocean", "British Columbia", "Washington Post", "Washington state", "Hong Kong"];

export interface AliasInfo {
  code: string;
  kind: AliasKind;
}

function build(): Map<string, AliasInfo> {
  const map = new Map<string, AliasInfo>();
  const add = (alias: string, code: string, kind: AliasKind) => {
    if (!map.has(alias)) map.set(alias, { code, kind });
  };
  for (const e of ECONOMIES) {
    for (const n of e.names) add(n, e.code, /^[A-Z.]+$/.test(n) ? "abbreviation" : "name");
    for (const d of e.demonyms ?? []) add(d, e.code, "demonym");
    for (const c of e.capitals ?? []) add(c, e.code, "capital");
    for (const i of e.institutions ?? []) add(i, e.code, "institution");
  }
  // An empty code marks a region: it wins the longest match and is then dropped.
  for (const r of REGIONS) add(r, "", "name");
  return map;
}

export const ALIASES = build();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One alternation, longest alias first so "South Korea" wins over "Korea". */
export const ALIAS_PATTERN = [...ALIASES.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");

/** Cities where talks are held, for round locations: every capital above plus common venues. */
export const VENUES = new Set([
  ...ECONOMIES.flatMap((e) => e.capitals ?? []).filter((c) => !["Kremlin", "Delhi"].includes(c)),
  "Geneva", "New York", "Osaka", "Shanghai", "Zurich", "Davos", "Singapore", "Hong Kong", "Busan",
  "Gyeongju", "Kananaskis", "Rio de Janeiro", "Sao Paulo", "Toronto", "Montreal", "Vancouver",
  "Frankfurt", "Munich", "Milan", "Barcelona", "Istanbul", "Dubai", "Doha", "Mumbai", "Hiroshima",
  "Kyoto", "Nagoya", "Incheon", "Jeju", "Guangzhou", "Shenzhen", "Lima", "Brasilia", "Ho Chi Minh City",
  "Mar-a-Lago", "Camp David", "Turnberry", "Kuala Lumpur", "Da Nang", "Dalian", "Tianjin", "Hangzhou", "Nanjing",
  "Qingdao", "Xiamen", "Chengdu", "Wuhan", "Yokohama", "Kobe", "Fukuoka", "Sapporo", "Bali", "Surabaya", "Cebu", "Penang",
  "Chennai", "Bengaluru", "Hyderabad", "Kolkata", "Karachi", "Lahore", "Monterrey", "Guadalajara", "Calgary", "Ottawa",
  "Edinburgh", "Manchester", "Hamburg", "Lyon", "Strasbourg", "Luxembourg", "Rotterdam", "Antwerp", "Vienna", "Auckland", "Sydney", "Melbourne",
]);
