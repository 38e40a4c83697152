// The demo records: every negotiation file, the economies and the measures on all partners.
import { economies } from "./economies";
import { standalone } from "./global";
import { negotiation as usBrazilTariffs2025 } from "./negotiations/us-brazil-tariffs-2025";
import { negotiation as usCanadaTariffs2025 } from "./negotiations/us-canada-tariffs-2025";
import { negotiation as usChinaTrade2025 } from "./negotiations/us-china-trade-2025";
import { negotiation as usEuTariffs2025 } from "./negotiations/us-eu-tariffs-2025";
import { negotiation as usIndiaBta2025 } from "./negotiations/us-india-bta-2025";
import { negotiation as usIndonesiaTariffs2025 } from "./negotiations/us-indonesia-tariffs-2025";
import { negotiation as usJapanTariffs2025 } from "./negotiations/us-japan-tariffs-2025";
import { negotiation as usKoreaTariffs2025 } from "./negotiations/us-korea-tariffs-2025";
import { negotiation as usMexicoTariffs2025 } from "./negotiations/us-mexico-tariffs-2025";
import { negotiation as usSwitzerlandTariffs2025 } from "./negotiations/us-switzerland-tariffs-2025";
import { negotiation as usUkEconomicProsperityDeal } from "./negotiations/us-uk-economic-prosperity-deal";
import { negotiation as usVietnamReciprocalTrade2025 } from "./negotiations/us-vietnam-reciprocal-trade-2025";
import type { SeedNegotiation } from "./types";

export const negotiations: SeedNegotiation[] = [
  usBrazilTariffs2025,
  usCanadaTariffs2025,
  usChinaTrade2025,
  usEuTariffs2025,
  usIndiaBta2025,
  usIndonesiaTariffs2025,
  usJapanTariffs2025,
  usKoreaTariffs2025,
  usMexicoTariffs2025,
  usSwitzerlandTariffs2025,
  usUkEconomicProsperityDeal,
  usVietnamReciprocalTrade2025,
];

export { economies, standalone };
