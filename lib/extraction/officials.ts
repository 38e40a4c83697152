/**
 * Who held which office, 2024–2026: heads of state and government, trade, finance, economy and
 * foreign ministers, chief negotiators, and a few people trade news often names who are not
 * negotiators (spokespeople, provincial premiers, opposition leaders, envoys, past presidents).
 * Compiled from general knowledge of the period; `source` is the government page that names the
 * office. A person linked here keeps this economy whatever economy the sentence names.
 *
 * `kind` says what the office makes its holder in negotiation news:
 * - leader: head of state or government, a principal;
 * - minister / negotiator: a member of a government who can sit at the table;
 * - spokesperson, envoy, subnational, opposition, legislator: speaks about talks, is not a side in them.
 */
export type OfficeKind = "leader" | "minister" | "negotiator" | "spokesperson" | "envoy" | "subnational" | "opposition" | "legislator";

export interface Official {
  name: string;
  /** Other spellings and fuller or shorter forms ("Lee Jae Myung", "Tengku Datuk Seri Zafrul Abdul Aziz"). */
  aliases?: string[];
  /** A form used alone in later references ("Lula", "Sefcovic"): links a bare mention to the person. */
  short?: string[];
  economy: string;
  office: string;
  kind: OfficeKind;
  /** Term as YYYY-MM-DD; `to` null while in office at the time of writing. */
  from: string;
  to: string | null;
  source: string;
}

const WH = "https://www.whitehouse.gov/administration/";
const TREASURY = "https://home.treasury.gov/about/general-information/officials";
const COMMERCE = "https://www.commerce.gov/about/leadership";
const USTR = "https://ustr.gov/about/leadership";
const STATE = "https://www.state.gov/biographies-list/";
const USDA = "https://www.usda.gov/about-usda/general-information/staff-offices/office-secretary";
const CN = "https://english.www.gov.cn/state_council/";
const MOFCOM = "http://english.mofcom.gov.cn/";
const MFA_CN = "https://www.fmprc.gov.cn/eng/";
const EC = "https://commission.europa.eu/about/organisation/college-commissioners_en";
const KANTEI = "https://japan.kantei.go.jp/cabinet/";
const KR_PRES = "https://eng.president.go.kr/";
const KR_MOEF = "https://english.moef.go.kr/";
const KR_MOTIE = "https://english.motie.go.kr/";
const IN_PMO = "https://www.pmindia.gov.in/en/";
const IN_COM = "https://commerce.gov.in/about-us/";
const UK_GOV = "https://www.gov.uk/government/ministers";
const CA_PM = "https://www.pm.gc.ca/en/cabinet";
const MX_GOB = "https://www.gob.mx/presidencia";
const MX_SE = "https://www.gob.mx/se";
const BR_GOV = "https://www.gov.br/planalto/en";
const CH_ADMIN = "https://www.admin.ch/gov/en/start/federal-council/members-of-the-federal-council.html";
const VN_GOV = "https://en.baochinhphu.vn/";
const TH_GOV = "https://www.thaigov.go.th/";
const MY_GOV = "https://www.pmo.gov.my/";
const MY_MITI = "https://www.miti.gov.my/";
const ID_GOV = "https://www.ekon.go.id/";
const ID_SETNEG = "https://www.setneg.go.id/";
const PH_GOV = "https://pco.gov.ph/";
const KH_GOV = "https://pressocm.gov.kh/en/";
const TW_GOV = "https://english.ey.gov.tw/";
const TW_PRES = "https://english.president.gov.tw/";
const AU_GOV = "https://www.pmc.gov.au/government/ministry-list";
const ZA_GOV = "https://www.gov.za/about-government/contact-directory/ministries";
const AR_GOV = "https://www.argentina.gob.ar/";
const NZ_GOV = "https://www.beehive.govt.nz/ministers";
const SG_GOV = "https://www.pmo.gov.sg/The-Cabinet";

export const OFFICIALS: Official[] = [
  // United States
  { name: "Donald Trump", aliases: ["Donald J. Trump", "Donald John Trump"], short: ["Trump"], economy: "USA", office: "President", kind: "leader", from: "2025-01-20", to: null, source: WH },
  { name: "Joe Biden", aliases: ["Joseph R. Biden", "Joseph Biden"], short: ["Biden"], economy: "USA", office: "President", kind: "leader", from: "2021-01-20", to: "2025-01-20", source: WH },
  { name: "JD Vance", aliases: ["J.D. Vance", "James David Vance"], short: ["Vance"], economy: "USA", office: "Vice President", kind: "leader", from: "2025-01-20", to: null, source: WH },
  { name: "Kamala Harris", short: ["Harris"], economy: "USA", office: "Vice President", kind: "leader", from: "2021-01-20", to: "2025-01-20", source: WH },
  { name: "Scott Bessent", short: ["Bessent"], economy: "USA", office: "Treasury Secretary", kind: "minister", from: "2025-01-28", to: null, source: TREASURY },
  { name: "Janet Yellen", short: ["Yellen"], economy: "USA", office: "Treasury Secretary", kind: "minister", from: "2021-01-26", to: "2025-01-20", source: TREASURY },
  { name: "Howard Lutnick", short: ["Lutnick"], economy: "USA", office: "Commerce Secretary", kind: "minister", from: "2025-02-21", to: null, source: COMMERCE },
  { name: "Gina Raimondo", short: ["Raimondo"], economy: "USA", office: "Commerce Secretary", kind: "minister", from: "2021-03-03", to: "2025-01-20", source: COMMERCE },
  { name: "Jamieson Greer", aliases: ["Jamieson L. Greer"], short: ["Greer"], economy: "USA", office: "U.S. Trade Representative", kind: "minister", from: "2025-02-27", to: null, source: USTR },
  { name: "Katherine Tai", short: ["Tai"], economy: "USA", office: "U.S. Trade Representative", kind: "minister", from: "2021-03-18", to: "2025-01-20", source: USTR },
  { name: "Marco Rubio", short: ["Rubio"], economy: "USA", office: "Secretary of State", kind: "minister", from: "2025-01-21", to: null, source: STATE },
  { name: "Antony Blinken", short: ["Blinken"], economy: "USA", office: "Secretary of State", kind: "minister", from: "2021-01-26", to: "2025-01-20", source: STATE },
  { name: "Peter Navarro", short: ["Navarro"], economy: "USA", office: "Senior Counselor for Trade and Manufacturing", kind: "negotiator", from: "2025-01-20", to: null, source: WH },
  { name: "Kevin Hassett", short: ["Hassett"], economy: "USA", office: "Director of the National Economic Council", kind: "negotiator", from: "2025-01-20", to: null, source: WH },
  { name: "Stephen Miran", short: ["Miran"], economy: "USA", office: "Chair of the Council of Economic Advisers", kind: "negotiator", from: "2025-03-14", to: "2025-09-16", source: WH },
  { name: "Brooke Rollins", short: ["Rollins"], economy: "USA", office: "Agriculture Secretary", kind: "minister", from: "2025-02-13", to: null, source: USDA },
  { name: "Brendan Lynch", economy: "USA", office: "Assistant U.S. Trade Representative for South and Central Asia", kind: "negotiator", from: "2021-01-01", to: null, source: USTR },
  { name: "Karoline Leavitt", short: ["Leavitt"], economy: "USA", office: "White House Press Secretary", kind: "spokesperson", from: "2025-01-20", to: null, source: WH },
  { name: "Kush Desai", economy: "USA", office: "White House spokesman", kind: "spokesperson", from: "2025-01-20", to: null, source: WH },
  { name: "Warren Stephens", economy: "USA", office: "Ambassador to the United Kingdom", kind: "envoy", from: "2025-05-05", to: null, source: STATE },
  { name: "Ronald Reagan", short: ["Reagan"], economy: "USA", office: "President", kind: "leader", from: "1981-01-20", to: "1989-01-20", source: WH },

  // China
  { name: "Xi Jinping", short: ["Xi"], economy: "CHN", office: "President", kind: "leader", from: "2013-03-14", to: null, source: CN },
  { name: "Li Qiang", economy: "CHN", office: "Premier", kind: "leader", from: "2023-03-11", to: null, source: CN },
  { name: "He Lifeng", economy: "CHN", office: "Vice Premier", kind: "minister", from: "2023-03-12", to: null, source: CN },
  { name: "Ding Xuexiang", economy: "CHN", office: "Vice Premier", kind: "minister", from: "2023-03-12", to: null, source: CN },
  { name: "Li Chenggang", aliases: ["Li Chengang"], economy: "CHN", office: "China International Trade Representative and Vice Minister of Commerce", kind: "negotiator", from: "2025-04-16", to: null, source: MOFCOM },
  { name: "Wang Shouwen", economy: "CHN", office: "China International Trade Representative and Vice Minister of Commerce", kind: "negotiator", from: "2022-01-01", to: "2025-04-16", source: MOFCOM },
  { name: "Wang Wentao", economy: "CHN", office: "Minister of Commerce", kind: "minister", from: "2020-12-26", to: null, source: MOFCOM },
  { name: "Wang Yi", economy: "CHN", office: "Foreign Minister", kind: "minister", from: "2023-07-25", to: null, source: MFA_CN },
  { name: "Lan Fo'an", aliases: ["Lan Foan"], economy: "CHN", office: "Minister of Finance", kind: "minister", from: "2023-10-24", to: null, source: CN },
  { name: "Liao Min", economy: "CHN", office: "Vice Minister of Finance", kind: "negotiator", from: "2020-01-01", to: null, source: CN },
  { name: "Lin Jian", economy: "CHN", office: "Foreign Ministry spokesperson", kind: "spokesperson", from: "2024-01-01", to: null, source: MFA_CN },
  { name: "Mao Ning", economy: "CHN", office: "Foreign Ministry spokesperson", kind: "spokesperson", from: "2022-09-01", to: null, source: MFA_CN },
  { name: "Guo Jiakun", economy: "CHN", office: "Foreign Ministry spokesperson", kind: "spokesperson", from: "2024-10-01", to: null, source: MFA_CN },
  { name: "He Yadong", economy: "CHN", office: "Commerce Ministry spokesperson", kind: "spokesperson", from: "2023-01-01", to: null, source: MOFCOM },
  { name: "He Yongqian", economy: "CHN", office: "Commerce Ministry spokesperson", kind: "spokesperson", from: "2023-01-01", to: null, source: MOFCOM },

  // European Union
  { name: "Ursula von der Leyen", short: ["von der Leyen"], economy: "EUN", office: "President of the European Commission", kind: "leader", from: "2019-12-01", to: null, source: EC },
  { name: "Maroš Šefčovič", aliases: ["Maros Sefcovic"], short: ["Sefcovic"], economy: "EUN", office: "Commissioner for Trade and Economic Security", kind: "minister", from: "2024-12-01", to: null, source: EC },
  { name: "Valdis Dombrovskis", short: ["Dombrovskis"], economy: "EUN", office: "Executive Vice-President and Commissioner for Trade", kind: "minister", from: "2019-12-01", to: "2024-11-30", source: EC },
  { name: "Valdis Dombrovskis", short: ["Dombrovskis"], economy: "EUN", office: "Commissioner for Economy and Productivity", kind: "minister", from: "2024-12-01", to: null, source: EC },
  { name: "Sabine Weyand", economy: "EUN", office: "Director-General for Trade", kind: "negotiator", from: "2019-09-01", to: "2025-09-30", source: EC },
  { name: "Olof Gill", economy: "EUN", office: "European Commission trade spokesperson", kind: "spokesperson", from: "2024-12-01", to: null, source: EC },
  { name: "António Costa", aliases: ["Antonio Costa"], economy: "EUN", office: "President of the European Council", kind: "leader", from: "2024-12-01", to: null, source: "https://www.consilium.europa.eu/en/european-council/president/" },
  { name: "Charles Michel", economy: "EUN", office: "President of the European Council", kind: "leader", from: "2019-12-01", to: "2024-11-30", source: "https://www.consilium.europa.eu/en/european-council/president/" },
  { name: "Kaja Kallas", economy: "EUN", office: "High Representative for Foreign Affairs", kind: "minister", from: "2024-12-01", to: null, source: EC },
  { name: "Bernd Lange", economy: "EUN", office: "Chair of the European Parliament trade committee", kind: "legislator", from: "2019-07-01", to: null, source: "https://www.europarl.europa.eu/committees/en/inta/home" },

  // Japan
  { name: "Shigeru Ishiba", short: ["Ishiba"], economy: "JPN", office: "Prime Minister", kind: "leader", from: "2024-10-01", to: "2025-10-21", source: KANTEI },
  { name: "Sanae Takaichi", short: ["Takaichi"], economy: "JPN", office: "Prime Minister", kind: "leader", from: "2025-10-21", to: null, source: KANTEI },
  { name: "Fumio Kishida", short: ["Kishida"], economy: "JPN", office: "Prime Minister", kind: "leader", from: "2021-10-04", to: "2024-10-01", source: KANTEI },
  { name: "Ryosei Akazawa", short: ["Akazawa"], economy: "JPN", office: "Minister for Economic Revitalization", kind: "minister", from: "2024-10-01", to: "2025-10-21", source: KANTEI },
  { name: "Ryosei Akazawa", short: ["Akazawa"], economy: "JPN", office: "Minister of Economy, Trade and Industry", kind: "minister", from: "2025-10-21", to: null, source: KANTEI },
  { name: "Yoji Muto", short: ["Muto"], economy: "JPN", office: "Minister of Economy, Trade and Industry", kind: "minister", from: "2024-10-01", to: "2025-10-21", source: KANTEI },
  { name: "Ken Saito", economy: "JPN", office: "Minister of Economy, Trade and Industry", kind: "minister", from: "2023-09-13", to: "2024-10-01", source: KANTEI },
  { name: "Yoshimasa Hayashi", short: ["Hayashi"], economy: "JPN", office: "Chief Cabinet Secretary", kind: "minister", from: "2023-12-14", to: "2025-10-21", source: KANTEI },
  { name: "Minoru Kihara", economy: "JPN", office: "Chief Cabinet Secretary", kind: "minister", from: "2025-10-21", to: null, source: KANTEI },
  { name: "Takeshi Iwaya", short: ["Iwaya"], economy: "JPN", office: "Foreign Minister", kind: "minister", from: "2024-10-01", to: "2025-10-21", source: KANTEI },
  { name: "Toshimitsu Motegi", short: ["Motegi"], economy: "JPN", office: "Foreign Minister", kind: "minister", from: "2025-10-21", to: null, source: KANTEI },
  { name: "Katsunobu Kato", economy: "JPN", office: "Finance Minister", kind: "minister", from: "2024-10-01", to: "2025-10-21", source: KANTEI },
  { name: "Satsuki Katayama", short: ["Katayama"], economy: "JPN", office: "Finance Minister", kind: "minister", from: "2025-10-21", to: null, source: KANTEI },

  // South Korea
  { name: "Lee Jae-myung", aliases: ["Lee Jae Myung", "Lee Jaemyung"], economy: "KOR", office: "President", kind: "leader", from: "2025-06-04", to: null, source: KR_PRES },
  { name: "Yoon Suk Yeol", aliases: ["Yoon Suk-yeol", "Yoon Seok-youl"], short: ["Yoon"], economy: "KOR", office: "President", kind: "leader", from: "2022-05-10", to: "2025-04-04", source: KR_PRES },
  { name: "Han Duck-soo", aliases: ["Han Duck Soo", "Han Deok-su"], economy: "KOR", office: "Prime Minister", kind: "leader", from: "2022-05-21", to: "2025-05-01", source: KR_PRES },
  { name: "Kim Min-seok", aliases: ["Kim Min Seok"], economy: "KOR", office: "Prime Minister", kind: "leader", from: "2025-07-03", to: null, source: KR_PRES },
  { name: "Choi Sang-mok", aliases: ["Choi Sang Mok"], economy: "KOR", office: "Finance Minister", kind: "minister", from: "2023-12-29", to: "2025-05-02", source: KR_MOEF },
  { name: "Koo Yun-cheol", aliases: ["Koo Yun Cheol"], economy: "KOR", office: "Deputy Prime Minister and Finance Minister", kind: "minister", from: "2025-07-22", to: null, source: KR_MOEF },
  { name: "Ahn Duk-geun", aliases: ["Ahn Duk Geun", "Ahn Dukgeun"], economy: "KOR", office: "Minister of Trade, Industry and Energy", kind: "minister", from: "2024-01-01", to: "2025-07-21", source: KR_MOTIE },
  { name: "Cheong In-kyo", aliases: ["Cheong In Kyo", "Chung In-kyo"], economy: "KOR", office: "Trade Minister", kind: "negotiator", from: "2023-12-01", to: "2025-07-21", source: KR_MOTIE },
  { name: "Yeo Han-koo", aliases: ["Yeo Han Koo"], economy: "KOR", office: "Trade Minister", kind: "negotiator", from: "2025-07-21", to: null, source: KR_MOTIE },
  { name: "Kim Jung-kwan", aliases: ["Kim Jung Kwan", "Kim Jeong-kwan"], economy: "KOR", office: "Minister of Trade, Industry and Energy", kind: "minister", from: "2025-07-22", to: null, source: KR_MOTIE },
  { name: "Cho Hyun", economy: "KOR", office: "Foreign Minister", kind: "minister", from: "2025-07-19", to: null, source: KR_PRES },
  { name: "Kim Yong-beom", aliases: ["Kim Yong Beom"], economy: "KOR", office: "Presidential Chief of Staff for Policy", kind: "negotiator", from: "2025-06-06", to: null, source: KR_PRES },
  { name: "Wi Sung-lac", aliases: ["Wi Sung Lac"], economy: "KOR", office: "National Security Adviser", kind: "negotiator", from: "2025-06-04", to: null, source: KR_PRES },
  { name: "Kang Yu-jung", aliases: ["Kang Yu Jung"], economy: "KOR", office: "Presidential spokesperson", kind: "spokesperson", from: "2025-06-05", to: null, source: KR_PRES },

  // India
  { name: "Narendra Modi", short: ["Modi"], economy: "IND", office: "Prime Minister", kind: "leader", from: "2014-05-26", to: null, source: IN_PMO },
  { name: "Piyush Goyal", short: ["Goyal"], economy: "IND", office: "Commerce and Industry Minister", kind: "minister", from: "2019-05-31", to: null, source: IN_COM },
  { name: "Rajesh Agrawal", short: ["Agrawal"], economy: "IND", office: "Commerce Department chief negotiator", kind: "negotiator", from: "2024-01-01", to: null, source: IN_COM },
  { name: "Sunil Barthwal", short: ["Barthwal"], economy: "IND", office: "Commerce Secretary", kind: "negotiator", from: "2024-01-01", to: "2025-09-30", source: IN_COM },
  { name: "Nirmala Sitharaman", short: ["Sitharaman"], economy: "IND", office: "Finance Minister", kind: "minister", from: "2019-05-31", to: null, source: IN_PMO },
  { name: "Subrahmanyam Jaishankar", aliases: ["S. Jaishankar", "S Jaishankar"], short: ["Jaishankar"], economy: "IND", office: "External Affairs Minister", kind: "minister", from: "2019-05-30", to: null, source: IN_PMO },

  // United Kingdom
  { name: "Keir Starmer", short: ["Starmer"], economy: "GBR", office: "Prime Minister", kind: "leader", from: "2024-07-05", to: null, source: UK_GOV },
  { name: "Rishi Sunak", short: ["Sunak"], economy: "GBR", office: "Prime Minister", kind: "leader", from: "2022-10-25", to: "2024-07-05", source: UK_GOV },
  { name: "Jonathan Reynolds", economy: "GBR", office: "Secretary of State for Business and Trade", kind: "minister", from: "2024-07-05", to: "2025-09-05", source: UK_GOV },
  { name: "Peter Kyle", economy: "GBR", office: "Secretary of State for Business and Trade", kind: "minister", from: "2025-09-05", to: null, source: UK_GOV },
  { name: "Rachel Reeves", short: ["Reeves"], economy: "GBR", office: "Chancellor of the Exchequer", kind: "minister", from: "2024-07-05", to: null, source: UK_GOV },
  { name: "Douglas Alexander", economy: "GBR", office: "Minister of State for Trade", kind: "minister", from: "2024-07-09", to: "2025-09-06", source: UK_GOV },
  { name: "Chris Bryant", economy: "GBR", office: "Minister of State for Trade", kind: "minister", from: "2025-09-06", to: null, source: UK_GOV },
  { name: "Poppy Gustafsson", economy: "GBR", office: "Minister for Investment", kind: "minister", from: "2024-10-01", to: "2025-09-06", source: UK_GOV },
  { name: "David Lammy", short: ["Lammy"], economy: "GBR", office: "Foreign Secretary", kind: "minister", from: "2024-07-05", to: "2025-09-05", source: UK_GOV },
  { name: "Yvette Cooper", economy: "GBR", office: "Foreign Secretary", kind: "minister", from: "2025-09-05", to: null, source: UK_GOV },
  { name: "Peter Mandelson", short: ["Mandelson"], economy: "GBR", office: "Ambassador to the United States", kind: "envoy", from: "2025-02-10", to: "2025-09-11", source: UK_GOV },

  // Canada
  { name: "Mark Carney", short: ["Carney"], economy: "CAN", office: "Prime Minister", kind: "leader", from: "2025-03-14", to: null, source: CA_PM },
  { name: "Justin Trudeau", short: ["Trudeau"], economy: "CAN", office: "Prime Minister", kind: "leader", from: "2015-11-04", to: "2025-03-14", source: CA_PM },
  { name: "Dominic LeBlanc", short: ["LeBlanc"], economy: "CAN", office: "Minister responsible for Canada-U.S. Trade", kind: "minister", from: "2025-03-14", to: null, source: CA_PM },
  { name: "François-Philippe Champagne", aliases: ["Francois-Philippe Champagne"], short: ["Champagne"], economy: "CAN", office: "Minister of Finance", kind: "minister", from: "2025-05-13", to: null, source: CA_PM },
  { name: "Mélanie Joly", aliases: ["Melanie Joly"], short: ["Joly"], economy: "CAN", office: "Minister of Industry", kind: "minister", from: "2025-05-13", to: null, source: CA_PM },
  { name: "Anita Anand", short: ["Anand"], economy: "CAN", office: "Minister of Foreign Affairs", kind: "minister", from: "2025-05-13", to: null, source: CA_PM },
  { name: "Maninder Sidhu", economy: "CAN", office: "Minister of International Trade", kind: "minister", from: "2025-05-13", to: null, source: CA_PM },
  { name: "Mary Ng", economy: "CAN", office: "Minister of International Trade", kind: "minister", from: "2021-10-26", to: "2025-03-14", source: CA_PM },
  { name: "Chrystia Freeland", short: ["Freeland"], economy: "CAN", office: "Deputy Prime Minister and Minister of Finance", kind: "minister", from: "2019-11-20", to: "2024-12-16", source: CA_PM },
  { name: "Kirsten Hillman", economy: "CAN", office: "Ambassador to the United States", kind: "envoy", from: "2020-02-26", to: null, source: CA_PM },
  { name: "Doug Ford", economy: "CAN", office: "Premier of Ontario", kind: "subnational", from: "2018-06-29", to: null, source: "https://www.ontario.ca/page/premier" },
  { name: "Danielle Smith", economy: "CAN", office: "Premier of Alberta", kind: "subnational", from: "2022-10-11", to: null, source: "https://www.alberta.ca/premier" },
  { name: "David Eby", economy: "CAN", office: "Premier of British Columbia", kind: "subnational", from: "2022-11-18", to: null, source: "https://www2.gov.bc.ca/gov/content/governments/organizational-structure/office-of-the-premier" },
  { name: "Pierre Poilievre", short: ["Poilievre"], economy: "CAN", office: "Leader of the Opposition", kind: "opposition", from: "2022-09-10", to: null, source: "https://www.ourcommons.ca/" },

  // Mexico
  { name: "Claudia Sheinbaum", aliases: ["Claudia Sheinbaum Pardo"], short: ["Sheinbaum"], economy: "MEX", office: "President", kind: "leader", from: "2024-10-01", to: null, source: MX_GOB },
  { name: "Andrés Manuel López Obrador", aliases: ["Andres Manuel Lopez Obrador"], economy: "MEX", office: "President", kind: "leader", from: "2018-12-01", to: "2024-09-30", source: MX_GOB },
  { name: "Marcelo Ebrard", short: ["Ebrard"], economy: "MEX", office: "Economy Secretary", kind: "minister", from: "2024-10-01", to: null, source: MX_SE },
  { name: "Juan Ramón de la Fuente", aliases: ["Juan Ramon de la Fuente"], economy: "MEX", office: "Foreign Secretary", kind: "minister", from: "2024-10-01", to: null, source: MX_GOB },
  { name: "Roberto Velasco", economy: "MEX", office: "Undersecretary for North America", kind: "negotiator", from: "2024-10-01", to: null, source: MX_GOB },

  // Brazil
  { name: "Luiz Inácio Lula da Silva", aliases: ["Luiz Inacio Lula da Silva", "Lula da Silva"], short: ["Lula"], economy: "BRA", office: "President", kind: "leader", from: "2023-01-01", to: null, source: BR_GOV },
  { name: "Geraldo Alckmin", short: ["Alckmin"], economy: "BRA", office: "Vice President and Minister of Development, Industry, Trade and Services", kind: "minister", from: "2023-01-01", to: null, source: BR_GOV },
  { name: "Mauro Vieira", economy: "BRA", office: "Foreign Minister", kind: "minister", from: "2023-01-01", to: null, source: BR_GOV },
  { name: "Fernando Haddad", short: ["Haddad"], economy: "BRA", office: "Finance Minister", kind: "minister", from: "2023-01-01", to: null, source: BR_GOV },
  { name: "Jair Bolsonaro", short: ["Bolsonaro"], economy: "BRA", office: "President", kind: "leader", from: "2019-01-01", to: "2022-12-31", source: BR_GOV },

  // Switzerland
  { name: "Karin Keller-Sutter", short: ["Keller-Sutter"], economy: "CHE", office: "President of the Confederation and Finance Minister", kind: "leader", from: "2025-01-01", to: "2025-12-31", source: CH_ADMIN },
  { name: "Guy Parmelin", short: ["Parmelin"], economy: "CHE", office: "Minister of Economic Affairs, Education and Research", kind: "minister", from: "2019-01-01", to: null, source: CH_ADMIN },
  { name: "Ignazio Cassis", short: ["Cassis"], economy: "CHE", office: "Foreign Minister", kind: "minister", from: "2017-11-01", to: null, source: CH_ADMIN },
  { name: "Helene Budliger Artieda", economy: "CHE", office: "State Secretary for Economic Affairs", kind: "negotiator", from: "2022-04-01", to: null, source: "https://www.seco.admin.ch/" },

  // Vietnam
  { name: "Tô Lâm", aliases: ["To Lam"], economy: "VNM", office: "General Secretary of the Communist Party", kind: "leader", from: "2024-08-03", to: null, source: VN_GOV },
  { name: "Lương Cường", aliases: ["Luong Cuong"], economy: "VNM", office: "President", kind: "leader", from: "2024-10-21", to: null, source: VN_GOV },
  { name: "Phạm Minh Chính", aliases: ["Pham Minh Chinh"], economy: "VNM", office: "Prime Minister", kind: "leader", from: "2021-04-05", to: null, source: VN_GOV },
  { name: "Nguyễn Hồng Diên", aliases: ["Nguyen Hong Dien"], economy: "VNM", office: "Minister of Industry and Trade", kind: "minister", from: "2021-04-08", to: null, source: VN_GOV },
  { name: "Hồ Đức Phớc", aliases: ["Ho Duc Phoc"], economy: "VNM", office: "Deputy Prime Minister", kind: "minister", from: "2025-02-19", to: null, source: VN_GOV },
  { name: "Bùi Thanh Sơn", aliases: ["Bui Thanh Son"], economy: "VNM", office: "Deputy Prime Minister and Foreign Minister", kind: "minister", from: "2024-08-28", to: null, source: VN_GOV },
  { name: "Nguyễn Sinh Nhật Tân", aliases: ["Nguyen Sinh Nhat Tan"], economy: "VNM", office: "Deputy Minister of Industry and Trade", kind: "negotiator", from: "2021-01-01", to: null, source: VN_GOV },

  // Thailand
  { name: "Paetongtarn Shinawatra", short: ["Paetongtarn"], economy: "THA", office: "Prime Minister", kind: "leader", from: "2024-08-16", to: "2025-08-29", source: TH_GOV },
  { name: "Anutin Charnvirakul", short: ["Anutin"], economy: "THA", office: "Prime Minister", kind: "leader", from: "2025-09-07", to: null, source: TH_GOV },
  { name: "Pichai Chunhavajira", short: ["Pichai"], economy: "THA", office: "Deputy Prime Minister and Finance Minister", kind: "minister", from: "2024-09-03", to: "2025-09-07", source: TH_GOV },
  { name: "Ekniti Nitithanprapas", short: ["Ekniti"], economy: "THA", office: "Deputy Prime Minister and Finance Minister", kind: "minister", from: "2025-09-19", to: null, source: TH_GOV },
  { name: "Suphajee Suthumpun", short: ["Suphajee"], economy: "THA", office: "Commerce Minister", kind: "minister", from: "2025-09-19", to: null, source: TH_GOV },

  // Malaysia
  { name: "Anwar Ibrahim", short: ["Anwar"], economy: "MYS", office: "Prime Minister", kind: "leader", from: "2022-11-24", to: null, source: MY_GOV },
  { name: "Tengku Zafrul Abdul Aziz", aliases: ["Tengku Datuk Seri Zafrul Abdul Aziz", "Tengku Zafrul", "Tengku Zafrul Aziz", "Zafrul Aziz", "Tengku Datuk Seri Zafrul Tengku Abdul Aziz"], short: ["Zafrul"], economy: "MYS", office: "Minister of Investment, Trade and Industry", kind: "minister", from: "2023-03-03", to: "2025-12-02", source: MY_MITI },

  // Indonesia
  { name: "Prabowo Subianto", short: ["Prabowo"], economy: "IDN", office: "President", kind: "leader", from: "2024-10-20", to: null, source: ID_SETNEG },
  { name: "Joko Widodo", short: ["Jokowi"], economy: "IDN", office: "President", kind: "leader", from: "2014-10-20", to: "2024-10-20", source: ID_SETNEG },
  { name: "Airlangga Hartarto", short: ["Airlangga", "Hartarto"], economy: "IDN", office: "Coordinating Minister for Economic Affairs", kind: "minister", from: "2019-10-23", to: null, source: ID_GOV },
  { name: "Sri Mulyani Indrawati", aliases: ["Sri Mulyani"], economy: "IDN", office: "Finance Minister", kind: "minister", from: "2016-07-27", to: "2025-09-08", source: ID_SETNEG },
  { name: "Purbaya Yudhi Sadewa", short: ["Purbaya"], economy: "IDN", office: "Finance Minister", kind: "minister", from: "2025-09-08", to: null, source: ID_SETNEG },
  { name: "Budi Santoso", economy: "IDN", office: "Trade Minister", kind: "minister", from: "2024-10-21", to: null, source: ID_SETNEG },

  // Philippines
  { name: "Ferdinand Marcos Jr.", aliases: ["Ferdinand Marcos Jr", "Ferdinand R. Marcos Jr.", "Ferdinand Marcos", "Bongbong Marcos"], short: ["Marcos"], economy: "PHL", office: "President", kind: "leader", from: "2022-06-30", to: null, source: PH_GOV },
  { name: "Cristina Roque", short: ["Roque"], economy: "PHL", office: "Trade Secretary", kind: "minister", from: "2024-08-01", to: null, source: PH_GOV },
  { name: "Frederick Go", economy: "PHL", office: "Special Assistant to the President for Investment and Economic Affairs", kind: "minister", from: "2022-07-01", to: null, source: PH_GOV },
  { name: "Ralph Recto", economy: "PHL", office: "Finance Secretary", kind: "minister", from: "2024-01-12", to: "2025-11-17", source: PH_GOV },

  // Cambodia
  { name: "Hun Manet", economy: "KHM", office: "Prime Minister", kind: "leader", from: "2023-08-22", to: null, source: KH_GOV },
  { name: "Sun Chanthol", economy: "KHM", office: "Deputy Prime Minister", kind: "minister", from: "2023-08-22", to: null, source: KH_GOV },
  { name: "Cham Nimul", economy: "KHM", office: "Minister of Commerce", kind: "minister", from: "2023-08-22", to: null, source: KH_GOV },

  // Taiwan
  { name: "Lai Ching-te", aliases: ["Lai Ching Te", "William Lai"], economy: "TWN", office: "President", kind: "leader", from: "2024-05-20", to: null, source: TW_PRES },
  { name: "Cho Jung-tai", aliases: ["Cho Jung Tai"], economy: "TWN", office: "Premier", kind: "leader", from: "2024-05-20", to: null, source: TW_GOV },
  { name: "Cheng Li-chiun", aliases: ["Cheng Li Chiun"], economy: "TWN", office: "Vice Premier", kind: "minister", from: "2024-05-20", to: null, source: TW_GOV },
  { name: "Kung Ming-hsin", aliases: ["Kung Ming Hsin"], economy: "TWN", office: "Minister of Economic Affairs", kind: "minister", from: "2025-09-01", to: null, source: TW_GOV },
  { name: "Kuo Jyh-huei", aliases: ["Kuo Jyh Huei"], economy: "TWN", office: "Minister of Economic Affairs", kind: "minister", from: "2024-05-20", to: "2025-09-01", source: TW_GOV },

  // Australia, New Zealand, Singapore
  { name: "Anthony Albanese", short: ["Albanese"], economy: "AUS", office: "Prime Minister", kind: "leader", from: "2022-05-23", to: null, source: AU_GOV },
  { name: "Don Farrell", economy: "AUS", office: "Minister for Trade and Tourism", kind: "minister", from: "2022-06-01", to: null, source: AU_GOV },
  { name: "Jim Chalmers", short: ["Chalmers"], economy: "AUS", office: "Treasurer", kind: "minister", from: "2022-06-01", to: null, source: AU_GOV },
  { name: "Penny Wong", economy: "AUS", office: "Foreign Minister", kind: "minister", from: "2022-05-23", to: null, source: AU_GOV },
  { name: "Christopher Luxon", aliases: ["Chris Luxon"], short: ["Luxon"], economy: "NZL", office: "Prime Minister", kind: "leader", from: "2023-11-27", to: null, source: NZ_GOV },
  { name: "Todd McClay", short: ["McClay"], economy: "NZL", office: "Minister for Trade and Investment", kind: "minister", from: "2023-11-27", to: null, source: NZ_GOV },
  { name: "Nicola Willis", economy: "NZL", office: "Minister of Finance", kind: "minister", from: "2023-11-27", to: null, source: NZ_GOV },
  { name: "Lawrence Wong", economy: "SGP", office: "Prime Minister", kind: "leader", from: "2024-05-15", to: null, source: SG_GOV },
  { name: "Gan Kim Yong", economy: "SGP", office: "Deputy Prime Minister and Minister for Trade and Industry", kind: "minister", from: "2024-05-15", to: null, source: SG_GOV },

  // South Africa, Argentina
  { name: "Cyril Ramaphosa", short: ["Ramaphosa"], economy: "ZAF", office: "President", kind: "leader", from: "2018-02-15", to: null, source: ZA_GOV },
  { name: "Parks Tau", economy: "ZAF", office: "Minister of Trade, Industry and Competition", kind: "minister", from: "2024-07-03", to: null, source: ZA_GOV },
  { name: "Enoch Godongwana", short: ["Godongwana"], economy: "ZAF", office: "Minister of Finance", kind: "minister", from: "2021-08-05", to: null, source: ZA_GOV },
  { name: "Ronald Lamola", short: ["Lamola"], economy: "ZAF", office: "Minister of International Relations and Cooperation", kind: "minister", from: "2024-07-03", to: null, source: ZA_GOV },
  { name: "Javier Milei", short: ["Milei"], economy: "ARG", office: "President", kind: "leader", from: "2023-12-10", to: null, source: AR_GOV },
  { name: "Luis Caputo", short: ["Caputo"], economy: "ARG", office: "Minister of Economy", kind: "minister", from: "2023-12-10", to: null, source: AR_GOV },
  { name: "Pablo Quirno", short: ["Quirno"], economy: "ARG", office: "Foreign Minister", kind: "minister", from: "2025-10-27", to: null, source: AR_GOV },

  // Others often named beside trade talks
  { name: "Vladimir Putin", short: ["Putin"], economy: "RUS", office: "President", kind: "leader", from: "2012-05-07", to: null, source: "http://en.kremlin.ru/" },
  { name: "Volodymyr Zelensky", aliases: ["Volodymyr Zelenskyy"], short: ["Zelensky", "Zelenskyy"], economy: "UKR", office: "President", kind: "leader", from: "2019-05-20", to: null, source: "https://www.president.gov.ua/en" },
  { name: "Friedrich Merz", short: ["Merz"], economy: "DEU", office: "Chancellor", kind: "leader", from: "2025-05-06", to: null, source: "https://www.bundesregierung.de/breg-en" },
  { name: "Olaf Scholz", short: ["Scholz"], economy: "DEU", office: "Chancellor", kind: "leader", from: "2021-12-08", to: "2025-05-06", source: "https://www.bundesregierung.de/breg-en" },
  { name: "Lars Klingbeil", economy: "DEU", office: "Finance Minister", kind: "minister", from: "2025-05-06", to: null, source: "https://www.bundesregierung.de/breg-en" },
  { name: "Emmanuel Macron", short: ["Macron"], economy: "FRA", office: "President", kind: "leader", from: "2017-05-14", to: null, source: "https://www.elysee.fr/en/" },
  { name: "Giorgia Meloni", short: ["Meloni"], economy: "ITA", office: "Prime Minister", kind: "leader", from: "2022-10-22", to: null, source: "https://www.governo.it/en" },
  { name: "Pedro Sánchez", aliases: ["Pedro Sanchez"], economy: "ESP", office: "Prime Minister", kind: "leader", from: "2018-06-02", to: null, source: "https://www.lamoncloa.gob.es/lang/en/" },
  { name: "Lars Løkke Rasmussen", aliases: ["Lars Lokke Rasmussen"], economy: "DNK", office: "Foreign Minister", kind: "minister", from: "2022-12-15", to: null, source: "https://um.dk/en" },
  { name: "Kęstutis Budrys", aliases: ["Kestutis Budrys"], economy: "LTU", office: "Foreign Minister", kind: "minister", from: "2024-12-12", to: null, source: "https://www.urm.lt/en" },
  { name: "Michał Baranowski", aliases: ["Michal Baranowski"], economy: "POL", office: "Deputy Minister of Economic Development and Technology", kind: "minister", from: "2024-01-01", to: null, source: "https://www.gov.pl/web/rozwoj-technologia" },
  { name: "Recep Tayyip Erdoğan", aliases: ["Recep Tayyip Erdogan"], short: ["Erdogan"], economy: "TUR", office: "President", kind: "leader", from: "2014-08-28", to: null, source: "https://www.tccb.gov.tr/en/" },
  { name: "Benjamin Netanyahu", short: ["Netanyahu"], economy: "ISR", office: "Prime Minister", kind: "leader", from: "2022-12-29", to: null, source: "https://www.gov.il/en/departments/prime_ministers_office" },
  { name: "Shehbaz Sharif", economy: "PAK", office: "Prime Minister", kind: "leader", from: "2024-03-04", to: null, source: "https://pmo.gov.pk/" },
  { name: "Muhammad Yunus", economy: "BGD", office: "Chief Adviser of the Interim Government", kind: "leader", from: "2024-08-08", to: null, source: "https://cao.gov.bd/" },
];

/** A person the caller already knows (from the app's records): linked like an entry above. */
export interface KnownPerson {
  name: string;
  aliases?: string[];
  economy: string;
  office?: string;
}

const ASCII = /^[\x20-\x7e]*$/;
const NON_ALNUM = /[^a-z0-9]+/g;

/** Folded, lower-cased, punctuation as spaces: the form names are looked up by. */
export function lookupKey(name: string): string {
  // Folded ASCII text, the usual case, needs no Unicode normalisation.
  if (ASCII.test(name)) return name.toLowerCase().replace(NON_ALNUM, " ").trim();
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u0111\u0110]/g, "d")
    .replace(/[\u00F8\u00D8]/g, "o")
    .replace(/[\u0142\u0141]/g, "l")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface Directory {
  /** Full names and aliases → every office held under that name. */
  byName: Map<string, Official[]>;
  /** First words of every name, so a run of capitalised words is only looked up where one can start. */
  firstWords: Set<string>;
}

function indexOf(officials: Official[], into: Directory = { byName: new Map(), firstWords: new Set() }): Directory {
  for (const o of officials) {
    for (const n of [o.name, ...(o.aliases ?? [])]) {
      const key = lookupKey(n);
      const list = into.byName.get(key);
      if (list) list.push(o);
      else into.byName.set(key, [o]);
      into.firstWords.add(key.split(" ")[0]);
    }
  }
  return into;
}

const BASE = indexOf(OFFICIALS);

/** The shipped directory, plus the caller's known people when given (theirs win on a shared name). */
export function directoryWith(known: KnownPerson[] | undefined): Directory {
  if (!known?.length) return BASE;
  const extra: Official[] = known.map((k) => ({
    name: k.name,
    aliases: k.aliases,
    economy: k.economy,
    office: k.office ?? "",
    kind: "minister",
    from: "0000-01-01",
    to: null,
    source: "",
  }));
  const dir: Directory = { byName: new Map(), firstWords: new Set(BASE.firstWords) };
  for (const [k, v] of BASE.byName) dir.byName.set(k, v);
  const own = indexOf(extra);
  for (const [k, v] of own.byName) dir.byName.set(k, v);
  for (const w of own.firstWords) dir.firstWords.add(w);
  return dir;
}

/** The office a name held on `day` (YYYY-MM-DD), else the one whose term lies nearest to it. */
export function officeOn(list: Official[], day: string): Official {
  let best = list[0];
  let bestGap = Infinity;
  for (const o of list) {
    const gap = day < o.from ? Date.parse(o.from) - Date.parse(day) : o.to !== null && day >= o.to ? Date.parse(day) - Date.parse(o.to) + 1 : 0;
    if (gap < bestGap) {
      best = o;
      bestGap = gap;
    }
  }
  return best;
}
