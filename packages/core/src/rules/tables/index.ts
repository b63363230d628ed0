import type { RuleModule } from "../types.ts";
import { amountUnit } from "./amount-unit.ts";
import { arithmetic } from "./arithmetic.ts";
import { blankCell } from "./blank-cell.ts";
import { cellValue } from "./cell-value.ts";
import { plausibility } from "./plausibility.ts";
import { regulationAuthority } from "./regulation-authority.ts";
import { requiredTables } from "./required-tables.ts";
import { tableLabels } from "./table-labels.ts";
import { tableShape } from "./table-shape.ts";

export const tablesRules: RuleModule<any>[] = [
  requiredTables,
  tableShape,
  tableLabels,
  cellValue,
  blankCell,
  arithmetic,
  plausibility,
  regulationAuthority,
  amountUnit,
];
