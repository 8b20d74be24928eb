/**
 * Emergencies written in English, or half in English, by visitors ("my friend fell in the river, he cannot swim",
 * "Old man collapsed ngay trên phố đi bộ"): the few plain phrases a traveller in trouble types, by situation. They
 * join the Vietnamese vocabulary of the same situation (lexicon.vi.ts); the reply is the same, numbers first.
 * Pattern syntax: see ../phrase-matcher.ts. Words typed in English carry no marks, so they match as written.
 */
import type { EmergencySituationId } from "./types.vi.js";

const SOMEONE = "(he|she|someone|somebody|a man|a woman|the man|the woman|a guy|my friend|my son|my daughter|my husband|my wife|my mother|my father|my child|my baby|the child|a child|old man|old woman|an old man|an old woman|a person|people|they)";
const CANNOT = "(cannot|can't|cant|can not|could not|couldn't|unable to)";

export const ENGLISH_PHRASES: Readonly<Partial<Record<EmergencySituationId, { signals: readonly string[]; hints?: readonly string[] }>>> = {
  fire: {
    signals: [
      "(on fire|is burning|are burning|caught fire|catches fire|smoke everywhere|full of smoke|thick smoke)",
      "fire (in|at|on) (my|the|our|this|a) …… (building|hotel|house|room|floor|kitchen|apartment|hostel|shop|restaurant|street|alley)?",
      "(building|hotel|house|room|kitchen|apartment|hostel|shop|restaurant|car|bus|bike) (is)? (burning|on fire)",
    ],
    hints: ["(fire|smoke|flames|burning smell)"],
  },
  gas: {
    signals: ["(gas smell|smell of gas|smells of gas|smell gas|gas leak|gas leaking|leaking gas)"],
  },
  breathing: {
    signals: [
      `${CANNOT} (breathe|breath)`,
      "(not breathing|stopped breathing|no breathing|choking|is choking|can't breath)",
    ],
  },
  unconscious: {
    signals: [
      `${SOMEONE} (has)? (collapsed|fainted|passed out|fell unconscious|is unconscious|unconscious)`,
      "(collapsed|unconscious|passed out|not responding|not moving|doesn't move|does not move|isn't moving|is not moving)",
      `${SOMEONE}? ${CANNOT} (move|stand up|get up|wake up|wake her|wake him)`,
      "(not|doesn't|does not|don't|didn't|did not|won't|will not) (wake up|waking up|respond|responding|answer|answering)",
    ],
  },
  medical: {
    signals: [
      "(fell|fallen|falling) (down|off|from) (the)? (stairs|staircase|roof|ladder|balcony|tree|motorbike|bike)",
      "bleeding (from|out of) (the|her|his|my|our)? (head|nose|mouth|ears|ear|neck|chest|stomach)",
      "(head injury|hit his head|hit her head|hit my head|broken leg|broken arm|broken neck|broken bone)",
      "(chest pain|heart attack|having a stroke|a stroke|seizure|allergic reaction|face swelling|swelling face|throat swelling|overdose|poisoned|bleeding a lot|bleeding heavily|bleeding badly|lots of blood|need an ambulance|need ambulance|please ambulance|call an ambulance|call ambulance|call 115|send ambulance|send an ambulance|send the ambulance)",
      "(drank|drunk|swallowed|ate) …… (kerosene|bleach|poison|pesticide|chemical|chemicals|rat poison|pills|gasoline|petrol|detergent)",
      "(took|taken|swallowed) (too many|a lot of|lots of|all the|a whole box of|a bottle of) (pills|tablets|sleeping pills|medicine|painkillers)",
      "(barely|hardly) (awake|conscious|breathing|responding)",
      // an allergic reaction closing the throat
      "(throat|lips|tongue|face|eyes) …… (closing|swelling|swelling up|swollen|are swelling|is swelling)",
      "(throat is closing|can't swallow|anaphylaxis|anaphylactic)",
      // a birth going wrong ("water broke and the cord is coming out first")
      "(water broke|waters broke|water has broken|in labor|in labour|giving birth|baby is coming|the baby is coming|cord is coming out|cord came out|breech|bleeding after birth|heavy bleeding)",
    ],
    hints: ["(ambulance|bleeding|hurt badly|badly hurt|injured)"],
  },
  drowning: {
    signals: [
      `(fell|fall|fallen|jumped|slipped) (in|into|in to) (the|a)? (river|lake|sea|water|pool|canal|ocean)`,
      "(drowning|is drowning|being swept away|swept away)",
      // a boat going down ("our tour boat is taking on water and tilting, some have no life jacket")
      "(taking on water|is sinking|boat is sinking|boat sank|capsized|capsizing|has capsized|overturned boat)",
      `${CANNOT} swim`,
    ],
  },
  violence: {
    signals: [
      "(with|has|holding|have) (a)? (knife|gun|machete|weapon)",
      "(stabbed|is attacking|attacked me|attacking us|robbed me|robbing|robbery)",
      "(breaking|broke|broken|broken in) (into|in to) (my|our|the) (house|apartment|room|home|flat|shop)",
      "(hiding|hide) (in|from|under) …… (bathroom|room|wardrobe|closet|bed|him|them|a man)",
      "(beating|hitting|attacking) (me|him|her|us|my friend|my wife|my husband|someone|a woman|a man|people)",
      "(send|sending) (the)? police",
      // followed and grabbed in the street ("a man is following me … grabbed my arm, I'm hiding in a Circle K")
      "(is following me|following me|followed me|stalking me) …… (grabbed|grabbing|hiding|touched|scared|won't leave|will not leave)",
      "(grabbed|grabbing) (my|me by the) (arm|hand|wrist|hair|bag)",
      "(hostage|hostages|taken hostage|holding them|holding her|holding us)",
      // held for money: locked in, a passport taken, not let out
      "(locked|locking) (me|us|her|him|them) (in|inside|up)", "(won't|will not|doesn't|does not|wont) let (me|us|her|him) (out|go|leave)",
      "(took|taken|has|kept|keeps) (my|our|her|his) passport", "(must|have to) pay …… (to leave|to go|to get out|or else)",
      "(will|gonna|going to|wants to|threatening to) kill (them|her|him|us|me|everyone)",
      "(stole|snatched|grabbed|took) (my)? (bag|phone|wallet|passport|purse|backpack) …… (knife|gun|threat|hit|run|ran|running)",
      "(call|calling|need) (the)? police",
      // a blade swung at people, a bag snatched and the robbers coming back
      "(knife|machete|gun|weapon) …… (chasing|attacking|threatening|stabbing|swinging|cutting)",
      "(chasing|attacking|stabbing|cutting) (people|everyone|someone|us|them)",
      "(cut|slashed|stabbed) (one|a|that|the|another) (guy|man|woman|person|boy|girl) (arm|hand|leg|face|neck|in the)",
      "(grab|grabbed|snatch|snatched) (my|her|his) (bag|phone|purse|wallet) …… (push|pushed|hit|still|following|knife)",
      "(still|are still|keep) (following|chasing) (me|us|her|him)",
    ],
    hints: ["(stole|stolen|snatched|thief|robber)"],
  },
  power_line: {
    signals: ["(power line|power lines|power cable|electric wire|electric cable|live wire) …… (down|fell|fallen|sparking|on the ground|on the road|on fire)", "(sparking|sparks) …… (wire|cable|line|pole)"],
  },
  collapse: {
    signals: ["(house|building|wall|roof|bridge|ceiling|shop|school) (has)? (collapsed|fell down|caved in)", "(landslide|mudslide)",
      "(house|building|wall|roof|bridge|ceiling|shop|school) …… (just)? (collapsed|fell down|caved in)"],
  },
  trapped: {
    signals: ["(stuck|trapped|pinned|buried) (under|in|inside|beneath|below)", "(can't|cannot|cant|unable to) get out",
      "(under|beneath|in) the (rubble|debris|ruins)"],
  },
  flood: {
    // "water is rising fast inside our house, we're on the roof with 2 kids"
    signals: ["(water|flood|flood water|floodwater|river|stream|canal) (is)? (rising|coming in|getting higher|up to)",
      "water (is)? (already)? (at|up to|over|above|reaching) (her|his|my|our|their|the)? (knees|knee|waist|chest|neck)", "(on|onto) the roof …… (water|flood|kids|children|help)"],
  },
  kidnapping: {
    signals: [
      "(kidnapped|abducted|took my child|took my son|took my daughter|child is missing|my child is missing|lost my child)",
      // "a man just pulled a little girl into a white van", "some man take a child from playground into white car"
      "(take|took|taking|pull|pulled|pulling|drag|dragged|grab|grabbed|push|pushed|force|forced|put) (a|the|my|our|this|that)? (little|small|young)? (child|kid|girl|boy|baby|woman|daughter|son) …… (into|in|inside) (a|the)? …… (car|van|truck|taxi)",
    ],
  },
};

/** Cries for help in English, beside the Vietnamese ones. */
export const ENGLISH_HELP = ["(help me|please help|help us|somebody help|someone help|help please|need help now|emergency please)"];
/** Signs of "now" in English. */
export const ENGLISH_NOW = ["(right now|now|hurry|quickly|please hurry|urgent|just now)", "(man|woman|guy|someone|somebody|he|she|they|people|car|van) just"];
