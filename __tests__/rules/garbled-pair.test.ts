import garbledPair from "../../rules/garbled-pair.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const ARMS_KO = "미중 군축 협상\n\n미중간의 핵 군축협상은 미소간에 냉전체제에서 체결됐던 합의와 다르다.\n";
const SUMMIT_KO = "한미 정상회담\n\n한미 정상은 28일 만났다.\n";

testRule(garbledPair as Rule<object, string>, {
  valid: [
    {
      name: "both contractions rendered with the right countries",
      ko: ARMS_KO,
      en: "U.S.-China arms talks\n\nThe talks between the U.S. and China differ from the Cold War agreements between the U.S. and the Soviet Union.\n",
    },
    {
      name: "members in the other order, capital metonyms and adjectives",
      ko: "미소 냉전\n\n미소 냉전은 1991년 끝났다.\n\n한미 동맹은 굳건하다.\n",
      en: "The Cold War\n\nThe Soviet-American Cold War ended in 1991.\n\nThe Seoul-Washington alliance is strong.\n",
    },
    {
      name: "contraction rendered by an idiom or paraphrased",
      ko: "남북 정상회담\n\n남북 정상회담이 열렸다.\n\n미소 대결은 끝났다.\n",
      en: "Inter-Korean summit\n\nThe inter-Korean summit was held.\n\nThe superpower rivalry is over.\n",
    },
    {
      name: "smile is not a pair",
      ko: "미소\n\n그는 미소를 지으며 협상을 언급했다.\n",
      en: "Smile\n\nHe smiled as he mentioned the talks between the U.S. and China.\n",
    },
    {
      name: "the other country is named in the Korean too",
      ko: "한미 정상회담\n\n한미 정상은 일본과의 협력도 논의했다.\n",
      en: "Summit\n\nThe leaders also discussed cooperation between Japan and the U.S.\n",
    },
    {
      name: "the missing country is named elsewhere in the English",
      ko: "북미 협상\n\n북미 협상이 재개됐다.\n",
      en: "Talks\n\nNorth Korea's talks with the U.S. and South Korea resumed.\n",
    },
    {
      name: "one name used twice but not as a pair",
      ko: "동맹\n\n미국은 동맹국과 협의했다.\n",
      en: "Allies\n\nThe U.S. and U.S. allies consulted. Korea and Korean firms agreed. China and China's neighbors, South-South cooperation.\n",
    },
    {
      name: "plain lists ignored when asked",
      ko: SUMMIT_KO,
      en: "Summit\n\nThe leaders of South Korea and China met on the 28th.\n",
      options: { ignorePlainLists: true },
    },
    {
      name: "decoded contractions ignored when asked",
      ko: "협력\n\n한러일간 협력이 논의됐다.\n",
      en: "Cooperation\n\nCooperation among South Korea, Russia and China was discussed.\n",
      options: { ignoreDecodedContractions: true },
    },
  ],
  invalid: [
    {
      name: "self pair where the Korean says U.S.-Soviet",
      ko: ARMS_KO,
      en: "U.S.-China arms talks\n\nThe talks between the U.S. and China differ from the Cold War agreements between the U.S. and the U.S.\n",
      findings: [
        { messageId: "selfPairMismatch", line: 3, column: 82, text: "the U.S. and the U.S.", expected: "U.S.-Soviet", suggestion: "the U.S. and the Soviet Union", severity: "error" },
      ],
    },
    {
      name: "the Korean side of a self pair",
      ko: ARMS_KO,
      en: "U.S.-China arms talks\n\nThe talks between the U.S. and China differ from the Cold War agreements between the U.S. and the U.S.\n",
      findings: [{ messageId: "selfPairMismatch", side: "source", line: 3, column: 14, text: "미소" }],
    },
    {
      name: "hyphen compound with a wrong member",
      ko: "한일 관계 개선\n\n한일 관계가 개선되고 있다고 외교부가 밝혔다.\n",
      en: "Korea-Japan ties improve\n\nKorea-China relations are improving, the Foreign Ministry said.\n",
      findings: [{ messageId: "pairMismatch", line: 3, column: 1, text: "Korea-China", expected: "South Korea-Japan", suggestion: "Korea-Japan", severity: "error" }],
    },
    {
      name: "hyphen self pair keeps the text's style",
      ko: "미소 냉전\n\n미소 냉전은 1991년 끝났다.\n",
      en: "The Cold War\n\nThe US-US Cold War ended in 1991.\n",
      findings: [{ messageId: "selfPairMismatch", line: 3, column: 5, text: "US-US", suggestion: "US-Soviet" }],
    },
    {
      name: "same words twice",
      ko: "회담\n\n양국 정상이 회담했다.\n",
      en: "Talks\n\nThe summit between Korea and Korea ended.\n",
      findings: [{ messageId: "selfPair", line: 3, column: 20, text: "Korea and Korea", severity: "error" }],
    },
    {
      name: "capital and country in a plain list is a warning",
      ko: "회담\n\n양국 정상이 회담했다.\n",
      en: "Talks\n\nWashington and the U.S. held talks.\n",
      findings: [{ messageId: "selfPair", line: 3, column: 1, text: "Washington and the U.S.", severity: "warning" }],
    },
    {
      name: "plain list with a wrong member is a warning",
      ko: SUMMIT_KO,
      en: "Summit\n\nThe leaders of South Korea and China met on the 28th.\n",
      findings: [{ messageId: "pairMismatch", line: 3, column: 16, suggestion: "South Korea and the United States", severity: "warning" }],
    },
    {
      name: "contraction decoded from abbreviations is a warning",
      ko: "협력\n\n한러일간 협력이 논의됐다.\n",
      en: "Cooperation\n\nCooperation among South Korea, Russia and China was discussed.\n",
      findings: [{ messageId: "pairMismatch", line: 3, column: 19, suggestion: "South Korea, Russia and Japan", severity: "warning" }],
    },
    {
      name: "combining form replaced by its own kind",
      ko: "중일 관계\n\n중일 관계가 악화됐다.\n",
      en: "Ties\n\nSino-Korean relations have worsened.\n",
      findings: [{ messageId: "pairMismatch", line: 3, column: 1, suggestion: "Sino-Japanese", severity: "error" }],
    },
  ],
});
