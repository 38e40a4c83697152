/**
 * Vocabulary of official titles. A person is recorded only when the text gives a title, so these
 * words decide who counts as a participant and, for some titles, which side they speak for.
 */

/** Words that make a phrase a title ("Finance Minister", "chief negotiator", "Commission president"). */
export const ROLE_HEAD =
  /^(?:(?:vice|deputy|under|co)-)?(?:president|minister|treasurer|counterparts?|secretary|undersecretary|representative|premier|chancellor|commissioner|negotiator|envoy|spokesperson|spokesman|spokeswoman|ambassador|governor|leader|chair|chairman|chairwoman|adviser|advisor|councillor|councilor|senator|mayor|king|emperor|lawmaker|head|director|director-general|chief)$/i;

/** Words that may sit inside a title before its head ("Assistant US Trade", "vice", "economic"). */
export const ROLE_MODIFIER =
  /^(?:prime|vice|deputy|assistant|associate|chief|top|lead|principal|senior|special|acting|former|then|new|trade|finance|financial|foreign|commerce|commercial|economy|economic|industry|industrial|treasury|state|international|national|security|affairs|agriculture|energy|business|defense|defence|interior|home|federal|general|executive|first|second|ministry|government|cabinet|department|tariff|conservative|liberal|labour|labor|opposition|party|provincial|regional|of|and|for|the|on|u\.s\.|us|eu|uk)$/i;

/** Capitalised function words, days and months: never part of a name or a title. */
export const FUNCTION_WORDS = new Set([
  "The", "A", "An", "In", "On", "At", "For", "After", "Before", "But", "And", "Under", "Since", "While", "With", "From",
  "As", "By", "If", "Of", "To", "It", "He", "She", "They", "We", "This", "That", "Those", "These", "Its", "His", "Her",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr",
]);

/** Capitalised words that start or fill titles and institutions but never belong to a person's name. */
export const NOT_NAME = new Set([
  ...FUNCTION_WORDS,
  "President", "Vice", "Prime", "Minister", "Ministers", "Secretary", "Undersecretary", "Representative", "Premier",
  "Chancellor", "Commissioner", "Negotiator", "Envoy", "Treasurer", "Counterpart", "Counterparts", "Ambassador", "Governor", "Leader", "Chair", "Chairman",
  "Deputy", "Assistant", "Chief", "Senior", "Special", "Acting", "Former", "General", "Director", "Head", "Spokesperson",
  "Trade", "Finance", "Foreign", "Commerce", "Economy", "Economic", "Industry", "Treasury", "State", "International",
  "National", "Security", "Affairs", "Agriculture", "Energy", "Business", "Defense", "Interior", "Federal", "Executive",
  "Conservative", "Liberal", "Labour", "Party", "Ministry", "Department", "Office", "Council", "Commission", "Union",
  "House", "White", "Group", "Summit", "Agreement", "Section", "Day", "Airport", "News", "Daily", "Times", "Post",
]);

/** Titles only the U.S. government uses: their holders speak for the United States. */
export const US_ROLE =
  /\b(?:treasury secretary|secretary of (?:the )?treasury|commerce secretary|secretary of commerce|secretary of state|trade representative|ustr|agriculture secretary|secretary of agriculture|white house|speaker of the house|senate)\b/i;

/** Titles the U.S. does not have (it has secretaries, not ministers): their holders are the other side. */
export const FOREIGN_ROLE = /\b(?:minister|ministry|premier|chancellor|councillor)\b/i;

/** Titles of the EU's own institutions. */
export const EU_ROLE = /\b(?:commissioner|commission president|president of the (?:european )?commission)\b/i;

/** Titles only the British government uses (its ministers are "secretaries" too, so they need naming). */
export const UK_ROLE = /\b(?:business and trade secretary|secretary of state for business and trade|chancellor of the exchequer)\b/i;
