import { sourceRange } from "../../text/text-content.ts";
import type { RuleModule } from "../types.ts";
import { quotedMask } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

const MEASURES = "条件个次场项篇期";
/** What may follow a measure word that ends a count: punctuation, a space, the end; 件次 counts too. */
const AFTER = /^(?:次)?(?:$|[，。；：！？、,.;:!?）)（(」』”’\s])/u;
/** Digits, Chinese numerals and words of quantity: a count is there. */
const QUANTITY = /[\d０-９零〇一二两三四五六七八九十百千万亿几多数余半干壹贰叁肆伍陆柒捌玖拾佰仟%％]/u;
/** Determiners and ordinals that take a measure word without a number: 各项, 逐条, 该条, 这件, 第条. */
const DETERMINERS = "各每逐该这那此本哪某首其第诸历整单同全上下";
/**
 * Per measure word, characters that make a word with it: 文件, 事项, 市场, 层次, … A measure word after
 * one of them is part of a noun, not a count's unit, unless a space separates them.
 */
const COMPOUNDS: Record<string, string> = {
  条: "信面金萧教油便字纸封横线链苗头",
  件: "文案事条邮信稿附证要软硬物部快组配零构铸挂函急密原复印批来收报呈交样工元器铺散备办",
  个: "真",
  次: "层名档依其首多再屡历每逐班车航架批人件户场期轮频位席届主初此渐鳞造座",
  场: "市现会广立考农战商机登专赛官在当到球剧主客入出退开收排职操牧林渔猎道磁电力冷捧圆救砸怯",
  项: "事款选强要专立单多弱缺奖进出分大小颈列品主附子",
  篇: "长全通开短中诗名连终末续新鸿美",
  期: "",
};
/** 期 counts issues of a publication only: 公报6期, 简报12期, 《…》6期. */
const ISSUE_OF = "报刊物志讯》”」";
/** What introduces a count in a report: a verb of disclosure or handling, or 共/计/累计/达. */
const TRIGGER =
  /共计|累计|合计|总计|(?<!公)共(?![同享建治性识赢产青])|(?<![统设审会估预核算伙诡生])计(?![划算较])|(?<![传表发到下通直抵送转])达到?|公开|发布|受理|收到|制发|印发|办理|办结|答复|回复|处理|接收|接到|召开|举办|开展|组织|制定|出台|编制|制作|更新|报送|新增|废止|征集|回应|推送|刊发|发放|转办/gu;
const CLAUSE_END = /[，。；：！？,;:!?（(]/u;
/** Blank space where the number was left out; a line break (text copied from a PDF) is skipped but proves nothing. */
const SPACE = /[ \t\u3000\u00a0]/u;
const LINE_BREAK = /[\r\n]/u;
/** How far back from the measure word the verb may stand. */
const MAX_OBJECT = 12;

/**
 * A count left blank in the text (reference E8): “2020年主动公开信息  条”, “共受理申请件”. A verb
 * or 共/计/累计/达, then at most a short object, then a measure word with no number in between.
 */
export const placeholder: RuleModule<Record<string, never>> = {
  meta: {
    id: "placeholder",
    type: "problem",
    description: {
      zh: "正文中的数量不得留空：量词（条、件、个、次、场、项、篇、期）前应有数字。",
      en: "Counts in the text must not be left blank: a measure word (条, 件, 个, 次, 场, 项, 篇, 期) needs a number before it.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      missing: {
        zh: "“{{phrase}}”中“{{measure}}”前缺少数字，应写明数量，可能是模板中的空白未填写。请填入实际数量。",
        en: 'In "{{phrase}}" the number before "{{measure}}" is missing where a count is expected; the blank seems left unfilled. Write the actual count.',
      },
    },
  },
  check(context) {
    for (const block of context.report.document.blocks) {
      if (block.kind === "table") continue;
      for (const gap of blankCounts(block.content.text)) {
        context.emit({
          messageId: "missing",
          data: { phrase: gap.phrase, measure: gap.measure },
          range: sourceRange(block.content, gap.at, gap.at + 1),
        });
      }
    }
  },
};

export interface BlankCount {
  /** Plain-text index of the measure word. */
  at: number;
  measure: string;
  /** From the verb to the measure word. */
  phrase: string;
}

/** The measure words of `text` that stand where a count is expected but have no number before them. */
export function blankCounts(text: string): BlankCount[] {
  const quoted = quotedMask(text);
  const out: BlankCount[] = [];
  for (let i = 0; i < text.length; i++) {
    const measure = text[i]!;
    if (!MEASURES.includes(measure) || quoted[i]) continue;
    if (!AFTER.test(text.slice(i + 1, i + 3))) continue;
    let j = i;
    let spaced = false;
    while (j > 0 && (SPACE.test(text[j - 1]!) || LINE_BREAK.test(text[j - 1]!))) {
      if (SPACE.test(text[j - 1]!)) spaced = true;
      j--;
    }
    const previous = text[j - 1];
    if (previous === undefined || QUANTITY.test(previous) || DETERMINERS.includes(previous)) continue;
    if (!spaced && (COMPOUNDS[measure]!.includes(previous) || previous === measure)) continue;
    if (!spaced && measure === "期" && !ISSUE_OF.includes(previous)) continue;

    let clauseStart = j;
    while (clauseStart > 0 && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
    const window = text.slice(clauseStart, j);
    const triggers = [...window.matchAll(TRIGGER)];
    const trigger = triggers[triggers.length - 1];
    if (!trigger) continue;
    const object = window.slice(trigger.index + trigger[0].length);
    if (object.length > MAX_OBJECT || QUANTITY.test(object)) continue;
    // The phrase quoted in the message starts at the first verb of the chain: 共受理申请件, 召开新闻发布会 场.
    const first = triggers.find((m) => window.length - m.index <= MAX_OBJECT + 4 && !QUANTITY.test(window.slice(m.index)))!;
    out.push({ at: i, measure, phrase: text.slice(clauseStart + first.index, i + 1) });
  }
  return out;
}
