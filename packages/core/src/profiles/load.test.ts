import { describe, expect, it } from "vitest";
import annual2021 from "./builtin/gov-annual-2021.json" with { type: "json" };
import { BUILTIN_PROFILE_DEFINITIONS, createProfileRegistry } from "./builtin.ts";
import { ProfileError, ProfileRegistry } from "./load.ts";

const clone = <T>(value: T): T => structuredClone(value);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A small valid profile to break in one place at a time. */
function tiny(id = "tiny"): Json {
  return {
    id,
    name: { zh: "小", en: "tiny" },
    sections: [
      { key: "one", ordinal: 1, title: "一、第一部分" },
      { key: "two", ordinal: 2, title: "二、第二部分" },
    ],
    tables: [
      {
        id: "T1",
        title: { zh: "表一", en: "table one" },
        section: "one",
        blocks: [
          {
            key: "main",
            columns: [
              { key: "x", label: "甲" },
              { key: "y", label: "乙" },
              { key: "sum", label: "合计" },
            ],
            rows: [
              { key: "g", label: "（一）分组", group: true },
              { key: "a", label: "1.行一", parent: "g" },
              { key: "b", label: "2.行二", parent: "g" },
              { key: "total", label: "（二）总计" },
            ],
          },
        ],
        relations: [
          { id: "R1", each: "row", assert: "sum == x + y", name: { zh: "合计", en: "sum" }, explain: { zh: "甲加乙", en: "x plus y" } },
          { id: "R2", each: "column", assert: "total == sum(g..b)", name: { zh: "总计", en: "total" }, explain: { zh: "各行之和", en: "rows" } },
        ],
      },
    ],
  };
}

function failure(run: () => unknown): ProfileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    return error as ProfileError;
  }
  throw new Error("no ProfileError");
}

describe("the built-in profiles", () => {
  it("validate and compile", () => {
    const registry = createProfileRegistry();
    expect(registry.ids()).toEqual(["gov-annual-2021", "gov-annual-2019"]);
    for (const profile of registry.all()) {
      expect(profile.sections.map((s) => s.key)).toEqual(["overview", "proactive", "requests", "review", "problems", "other"]);
      expect(profile.tables.map((t) => t.def.id)).toEqual(["T2", "T3", "T4"]);
    }
  });

  it("the 2019 profile extends 2021: its own T2 and T3, the inherited T4 and sections", () => {
    const registry = createProfileRegistry();
    const p2019 = registry.get("gov-annual-2019");
    const p2021 = registry.get("gov-annual-2021");
    expect(p2019.tables[0]!.blocks.map((b) => b.def.key)).toEqual(["art20_1", "art20_5", "art20_6", "art20_8", "art20_9"]);
    const other = p2019.tables[1]!.blocks[0]!.rows.find((r) => r.key === "other")!;
    expect(other.group).toBeUndefined();
    expect(p2019.tables[1]!.blocks[0]!.rows.some((r) => r.key === "other_1")).toBe(false);
    expect(p2019.tables[2]!.def).toBe(p2021.tables[2]!.def);
    expect(p2019.sections.map((s) => s.title)).toEqual(p2021.sections.map((s) => s.title));
    expect(p2019.years).toEqual({ from: 2019, to: 2020 });
  });

  it("ranges in relations skip group rows", () => {
    const r3 = createProfileRegistry()
      .get("gov-annual-2021")
      .tables[1]!.relations.find((r) => r.def.id === "R3")!;
    expect(r3.refs).not.toContain("refused");
    expect(r3.refs).not.toContain("other");
    expect(r3.refs).toContain("other_3");
  });
});

describe("a broken profile is a ProfileError naming the JSON pointer", () => {
  it("a syntax error in a relation of a built-in profile: /tables/1/relations/0/assert", () => {
    const def = clone(annual2021) as Json;
    def.tables[1].relations[0].assert = "resolved == new + carried_in -";
    const error = failure(() => new ProfileRegistry([def]).get("gov-annual-2021"));
    expect(error.profileId).toBe("gov-annual-2021");
    expect(error.pointer).toBe("/tables/1/relations/0/assert");
    expect(error.message).toBe('profile "gov-annual-2021": /tables/1/relations/0/assert: unexpected end of expression (at character 31)');
  });

  it("an unknown identifier in a relation", () => {
    const def = tiny();
    def.tables[0].relations[0].assert = "sum == x + z";
    const error = failure(() => new ProfileRegistry([def]).get("tiny"));
    expect(error.pointer).toBe("/tables/0/relations/0/assert");
    expect(error.reason).toBe('unknown identifier "z" (at character 12)');
  });

  it("an unknown identifier in a condition", () => {
    const def = tiny();
    def.tables[0].relations[0].when = "q > 0";
    expect(failure(() => new ProfileRegistry([def]).get("tiny")).pointer).toBe("/tables/0/relations/0/when");
  });

  it("a relation whose left side is not one cell", () => {
    const def = tiny();
    def.tables[0].relations[0].assert = "x + y == sum";
    const error = failure(() => new ProfileRegistry([def]).get("tiny"));
    expect([error.pointer, error.reason]).toEqual(["/tables/0/relations/0/assert", "the left side must be the single cell the relation checks"]);
  });

  it("a relation limited to an unknown column", () => {
    const def = tiny();
    def.tables[0].relations[1].over = ["x", "w"];
    expect(failure(() => new ProfileRegistry([def]).get("tiny")).pointer).toBe("/tables/0/relations/1/over/1");
  });

  it("a relation that does not name its block in a table of several blocks", () => {
    const def = tiny();
    def.tables[0].blocks.push({ ...clone(def.tables[0].blocks[0]), key: "second" });
    expect(failure(() => new ProfileRegistry([def]).get("tiny")).pointer).toBe("/tables/0/relations/0/block");
  });

  it("references to unknown rows, header groups and sections", () => {
    const parent = tiny();
    parent.tables[0].blocks[0].rows[1].parent = "nope";
    expect(failure(() => new ProfileRegistry([parent]).get("tiny")).pointer).toBe("/tables/0/blocks/0/rows/1/parent");
    const group = tiny();
    group.tables[0].blocks[0].columns[2].groups = ["nope"];
    expect(failure(() => new ProfileRegistry([group]).get("tiny")).pointer).toBe("/tables/0/blocks/0/columns/2/groups");
    const section = tiny();
    section.tables[0].section = "nope";
    expect(failure(() => new ProfileRegistry([section]).get("tiny")).pointer).toBe("/tables/0/section");
  });

  it("a bad regular expression in an issuer level", () => {
    const def = tiny();
    def.issuerLevels = [{ level: "x", name: { zh: "x", en: "x" }, patterns: ["ok", "(unclosed"] }];
    expect(failure(() => new ProfileRegistry([def]).get("tiny")).pointer).toBe("/issuerLevels/0/patterns/1");
  });

  it("schema violations are reported when the profile is added, at the offending value", () => {
    const wrongType = tiny();
    wrongType.tables[0].blocks[0].columns[1].label = 5;
    const e1 = failure(() => new ProfileRegistry([wrongType]));
    expect([e1.profileId, e1.pointer, e1.reason]).toEqual(["tiny", "/tables/0/blocks/0/columns/1/label", "must be string"]);

    const unknownProperty = tiny();
    unknownProperty.tables[0].relations[1].asert = "x";
    const e2 = failure(() => new ProfileRegistry([unknownProperty]));
    expect([e2.pointer, e2.reason]).toEqual(["/tables/0/relations/1", 'unknown property "asert"']);

    const badEnum = tiny();
    badEnum.tables[0].relations[0].each = "cell";
    const e3 = failure(() => new ProfileRegistry([badEnum]));
    expect(e3.pointer).toBe("/tables/0/relations/0/each");
    expect(e3.reason).toContain('"column", "row"');

    const missing = tiny();
    delete missing.sections;
    expect(failure(() => new ProfileRegistry([missing])).pointer).toBe("");
  });
});

describe("extends", () => {
  it("merges sections and tables by key: redefined ones replace the base's in place, new ones are added", () => {
    const child = {
      id: "child",
      extends: "tiny",
      name: { zh: "子", en: "child" },
      sections: [
        { key: "two", ordinal: 2, title: "二、改过的第二部分" },
        { key: "three", ordinal: 3, title: "三、第三部分" },
      ],
      tables: [{ ...tiny().tables[0], id: "T9", title: { zh: "表九", en: "table nine" }, section: "three" }],
    };
    const profile = new ProfileRegistry([tiny(), child]).get("child");
    expect(profile.id).toBe("child");
    expect(profile.name.en).toBe("child");
    expect(profile.sections.map((s) => s.title)).toEqual(["一、第一部分", "二、改过的第二部分", "三、第三部分"]);
    expect(profile.tables.map((t) => t.def.id)).toEqual(["T1", "T9"]);
    expect(profile.sectionIndex.match("二、改过的第二部分")[0]!.item.key).toBe("two");
  });

  it("a profile can extend a profile that extends another", () => {
    const middle = { id: "middle", extends: "tiny", name: { zh: "中", en: "middle" }, sections: [], tables: [] };
    const leaf = { id: "leaf", extends: "middle", name: { zh: "叶", en: "leaf" }, sections: [], tables: [] };
    expect(new ProfileRegistry([leaf, middle, tiny()]).get("leaf").tables.map((t) => t.def.id)).toEqual(["T1"]);
  });

  it("an error in a table a child redefines points into the child's own file", () => {
    const table = { ...tiny().tables[0], relations: [{ ...tiny().tables[0].relations[0], assert: "sum == x +* y" }] };
    const child = { id: "child", extends: "tiny", name: { zh: "子", en: "child" }, sections: [], tables: [{ ...tiny().tables[0], id: "T0", title: { zh: "零", en: "zero" } }, table] };
    const error = failure(() => new ProfileRegistry([tiny(), child]).get("child"));
    // The merged profile has T1 first, but the child wrote it second.
    expect([error.profileId, error.pointer]).toEqual(["child", "/tables/1/relations/0/assert"]);
  });

  it("an error in an inherited table is the base profile's", () => {
    const base = tiny();
    base.tables[0].relations[0].assert = "sum == x + nope";
    const child = { id: "child", extends: "tiny", name: { zh: "子", en: "child" }, sections: [], tables: [] };
    const error = failure(() => new ProfileRegistry([base, child]).get("child"));
    expect([error.profileId, error.pointer]).toEqual(["tiny", "/tables/0/relations/0/assert"]);
  });

  it("a cycle is a clear error", () => {
    const a = { ...tiny("a"), extends: "b" };
    const b = { ...tiny("b"), extends: "a" };
    const error = failure(() => new ProfileRegistry([a, b]).get("a"));
    expect(error.pointer).toBe("/extends");
    expect(error.message).toBe('profile "a": /extends: "extends" forms a cycle: a → b → a');
  });

  it("a profile extending itself is a cycle", () => {
    const error = failure(() => new ProfileRegistry([{ ...tiny("self"), extends: "self" }]).get("self"));
    expect(error.reason).toBe('"extends" forms a cycle: self → self');
  });

  it("an unknown base is named, at /extends of the profile that names it", () => {
    const error = failure(() => new ProfileRegistry([{ ...tiny("child"), extends: "gov-annual-2030" }]).get("child"));
    expect([error.profileId, error.pointer, error.reason]).toEqual(["child", "/extends", 'unknown profile "gov-annual-2030"']);
  });

  it("asking for an unknown profile is an error too", () => {
    const error = failure(() => new ProfileRegistry(BUILTIN_PROFILE_DEFINITIONS).get("nope"));
    expect([error.profileId, error.pointer, error.reason]).toEqual(["nope", "", 'unknown profile "nope"']);
  });
});

describe("built-in profiles", () => {
  it("pass the profile schema and compile (at run time they are trusted, not validated)", () => {
    const validated = new ProfileRegistry(BUILTIN_PROFILE_DEFINITIONS); // add() validates each one
    expect(validated.all().map((p) => p.id)).toEqual(["gov-annual-2021", "gov-annual-2019"]);
  });

  it("a trusted definition skips the schema; one given as a user's is still validated", () => {
    const broken = { ...tiny("broken"), sections: "none" } as Json;
    expect(new ProfileRegistry([], [broken]).has("broken")).toBe(true);
    expect(failure(() => new ProfileRegistry([broken])).pointer).toBe("/sections");
  });
});
