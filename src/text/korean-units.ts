/**
 * Korean counters, units and currencies that follow a number ("3명", "5천억 원", "35%", "240km"), with the
 * kind of quantity each makes and its normalised unit: ISO 4217 codes for money, "pp" for percentage points,
 * English unit names for measures, the counter itself otherwise.
 */
import type { NumberKind } from "./numbers.js";

/** The kind of quantity a unit makes and its normalised name. */
export type UnitInfo = readonly [NumberKind, string];

/** Unit table rows from "word:unit" pairs (the unit defaults to the word; "_" stands for a space). */
function unitRows(kind: NumberKind, pairs: string): [string, UnitInfo][] {
  return pairs.split(" ").map((pair) => {
    const [word = "", unit] = pair.split(":");
    return [word.replace("_", " "), [kind, unit ?? word]];
  });
}

// counters, units and currencies after a Korean number: [kind, normalised unit]; ISO 4217 for money
export const KO_UNITS: Record<string, UnitInfo> = Object.fromEntries([
  ...unitRows("amount", "뉴질랜드달러:NZD 홍콩달러:HKD 캐나다달러:CAD 호주달러:AUD 싱가포르달러:SGD 대만달러:TWD"),
  ...unitRows("amount", "달러:USD 원:KRW 엔:JPY 위안:CNY 유로:EUR 파운드:pounds 센트:cent 루블:RUB 페소:peso 루피:rupee"),
  ...unitRows("percent", "%p:pp %포인트:pp %_포인트:pp 퍼센트포인트:pp 퍼센트_포인트:pp %:% 퍼센트:%"),
  ...unitRows("ordinal", "번째 일째 년째 개월째 째 주년 위 차"),
  ...unitRows("year", "년대:decade"),
  ...unitRows("count", "달간:달 달 년간:년 년 개월 주일 주간:주 주 일간:일 일 시간 분기 분 초 명 개국 개사 개 곳 차례 번 척 대 마리 가지"),
  ...unitRows("count", "건 채 살 세 배 층 권 장 발 자 인 표 석 점 골 회 라운드 단계 평 포인트:points 도:degrees 볼트:volts 와트:watts"),
  ...unitRows("count", "m²:m2 ㎡:m2 평방미터:m2 제곱미터:m2 km²:km2 ㎢:km2 평방킬로미터:km2 제곱킬로미터:km2"),
  ...unitRows("count", "km/h:km/h ㎞/h:km/h 킬로미터:km km ㎞:km 킬로:km 킬로그램:kg kg ㎏:kg 미터:m m cm mm 센티미터:cm 밀리미터:mm 마일:miles 피트:feet"),
  ...unitRows("count", "인치:inches 톤:tons 배럴:barrels 리터:liters 갤런:gallons 에이커:acres 헥타르:hectares 광년:light-years 노트:knots"),
]);
