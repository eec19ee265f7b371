import type { InformationType } from "../information-types";

/** English cue phrases per information type; same syntax and sources as the French lexicon. */
export const TYPE_LEXICON_EN: Partial<Record<InformationType, readonly string[]>> = {
  AFFECTED_PEOPLE: [
    "dead", "killed", "died", "death toll", "body", "bodies", "injured", "injuries", "casualties", "missing", "trapped", "stranded", "evacuated", "rescued",
    "safe and well", "unaccounted", "hospitalised", "hospitalized", "no injuries", "nobody was hurt", "residents", "families", "homeless", "swept away", "can't reach",
  ],
  NEEDS: [
    "need", "needs", "needed", "urgently need", "we need", "running low", "running out", "ran out", "shortage", "anyone have", "anyone got", "does anyone have",
    "could borrow", "borrow", "please", "asking for", "supplies", "no food", "no water", "no clean water",
  ],
  INFRASTRUCTURE: [
    "road closed", "roads closed", "closed", "closure", "blocked", "diversion*", "bridge", "motorway", "highway", "a road", "route", "washed out", "washed away",
    "power cut", "power outage", "without power", "no power", "without electricity", "substation", "power lines", "generator", "water main", "boil water",
    "no signal", "mobile signal", "broadband", "phone lines", "trains", "rail", "line", "cancelled", "canceled", "airport", "ferries", "flights", "schools closed", "collapsed", "damaged", "roof",
  ],
  RESCUE_RESPONSE: [
    "firefighters", "fire crews", "fire service", "fire brigade", "rescue teams", "search and rescue", "coastguard", "lifeboat", "police", "army", "troops", "navy", "paramedics", "ambulance*",
    "helicopter", "water bombers", "deployed", "rescued", "evacuating", "rest centre", "rest centers", "red cross", "engineers", "gritters", "hazmat", "arrested", "relief",
  ],
  CAUTION_ADVICE: [
    "warning", "alert", "advice", "avoid", "do not", "don't", "never", "stay indoors", "stay away", "stay safe", "keep away", "turn around", "shelter in place", "evacuation order",
    "leave now", "boil water notice", "expect", "expected", "only travel", "essential", "check on", "drink plenty", "red warning", "amber warning", "until further notice",
  ],
  SITUATION: [
    "rising", "level", "levels", "burst its banks", "under water", "underwater", "water", "rain", "raining", "wind", "winds", "gusts", "mph", "km/h", "smoke", "flames", "ash", "fire has",
    "shaking", "felt", "snow", "ice", "degrees", "°c", "right now", "just now", "this morning", "overnight", "i can see", "highest", "record",
  ],
  DONATIONS_VOLUNTEERING: [
    "volunteer*", "donate", "donation*", "collection", "fundraiser", "gofundme", "spare room", "free", "offering", "we can", "i can", "happy to help", "dm me", "message me",
    "drop off", "open for anyone", "anyone who needs", "welcome", "bring",
  ],
  SYMPATHY: [
    "thoughts", "thinking of", "prayers", "praying", "stay safe", "sending love", "love to", "heart goes out", "heartbreaking", "devastating", "thank you", "thanks to", "huge thanks", "heroes", "proud", "❤", "🙏",
  ],
  CRITICISM: [
    "disgrace*", "shameful", "scandal*", "pathetic", "ridiculous", "useless", "failed", "forgotten", "abandoned", "still no", "still haven't", "why were", "why was", "how was",
    "questions must", "blame", "responsible", "did nothing", "knew", "budget",
  ],
  OTHER_RELEVANT: [
    "investigation", "prime minister", "minister", "visit", "explains", "explained", "thread", "insurance", "insurers", "claims", "climate change", "strongest since", "history", "arrested in connection",
  ],
};
