// Generated from the built-in rules (buildConfigSchema) by scripts/build-validators.ts (pnpm run build:schema): do not edit.
// @ts-nocheck
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"reportlint configuration","description":"reportlint.config.json, .reportlintrc.json, or the \"reportlint\" key of package.json. Generated from the built-in rules by scripts/build-config-schema.ts: do not edit by hand.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"extends":{"description":"A configuration to start from: a path relative to this file, or \"reportlint:recommended\" (every rule at its default). Later entries override earlier ones; this file overrides them all.","anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"profile":{"description":"The report profile to check against: a built-in id (gov-annual-2021, gov-annual-2019) or the path of a profile JSON file relative to this file. Without it the profile is detected from the report.","type":"string","minLength":1},"locale":{"description":"Language of the messages.","enum":["zh","en"]},"files":{"description":"Glob patterns, relative to this file's directory, of documents that are reports even when reportlint does not recognise one in them: the language server lints them as reports (the command line lints every file it is given anyway).","type":"array","items":{"type":"string","minLength":1}},"rules":{"description":"Rule settings by rule id: a severity (\"off\", \"warn\", \"error\", 0, 1, 2) or [severity, options].","type":"object","additionalProperties":false,"properties":{"amount-unit":{"description":"金额须以模板规定的单位（如万元）填写；写了“元”或数量级明显不合理的金额多半是单位填错了。\nAmounts must be in the unit the template fixes (e.g. 万元); a value written with 元, or of an implausible magnitude, is usually in the wrong unit.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{"maximum":{"type":"number","exclusiveMinimum":0}}}],"minItems":1,"additionalItems":false}]},"arithmetic":{"description":"表格数字须满足模板规定的勾稽关系：各项之和等于总计，第一项加第二项等于第三项加第四项。\nTable numbers must satisfy the template's relations: parts add up to their totals, new plus carried in equals resolved plus carried out.","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{"ignore":{"type":"array","items":{"type":"string"},"uniqueItems":true}}}],"minItems":1,"additionalItems":false}]},"blank-cell":{"description":"表格数值单元格无数据时应填 0，不应留空或写“/”“—”“无”。\nTable value cells with nothing to report hold 0, not a blank, /, — or 无.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"cell-value":{"description":"表格数值单元格只能写模板要求的数字：阿拉伯数字，不为负，计数为整数，不在单元格里写单位。\nTable value cells hold only the number the template asks for: digits, not negative, whole when counting, no unit inside the cell.","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"cross-year-carryover":{"description":"同一机关相邻两年的报告中，本年“二、上年结转政府信息公开申请数量”须逐列等于上年“四、结转下年度继续办理”；同一机关同一年度不应有两份报告（警告）。\nFor the same issuer in consecutive years, this year's carried-in requests must equal last year's carried-out requests, column by column; one issuer should have one report per year (a warning).","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"cross-year-in-force":{"description":"同一机关相邻两年的报告中，本年现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数。\nFor the same issuer in consecutive years, currently valid this year should equal last year's currently valid plus issued minus repealed this year.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"mixed-template":{"description":"同一份报告的各表格须采用同一模板，不得把 2021 年格式的表格与 2019 年试行格式的表格混用。\nAll tables of a report must follow one template: do not mix tables of the 2021 format with tables of the 2019 trial format.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"placeholder":{"description":"正文中的数量不得留空：量词（条、件、个、次、场、项、篇、期）前应有数字。\nCounts in the text must not be left blank: a measure word (条, 件, 个, 次, 场, 项, 篇, 期) needs a number before it.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"plausibility":{"description":"表格数字应合乎常理，例如现行有效件数不少于本年制发件数减本年废止件数；不合常理的数字多为填错。\nTable numbers should be plausible, e.g. currently valid at least issued minus repealed this year; implausible numbers are usually mistakes.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{"ignore":{"type":"array","items":{"type":"string"},"uniqueItems":true}}}],"minItems":1,"additionalItems":false}]},"publication-deadline":{"description":"年度报告须按期发布：政府部门于次年1月31日前，县级以上地方人民政府本级报告于次年3月31日前；乡镇、街道的期限可配置（默认1月31日）。\nThe report must be published on time: departments by 31 January of the next year, the own report of a local government at county level or above by 31 March; the deadline of townships is configurable (31 January by default).","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{"deadlines":{"type":"object","additionalProperties":false,"properties":{"department":{"type":"string","pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},"government":{"type":"string","pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},"township":{"type":"string","pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}}}}}],"minItems":1,"additionalItems":false}]},"regulation-authority":{"description":"无权制定某类文件的机关（如乡镇、街道不制定规章），其表格中对应一行应全部为 0。\nAn issuer without the power to make a kind of document (townships do not make 规章) reports 0 throughout its row.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{"levels":{"type":"array","items":{"type":"string"},"uniqueItems":true}}}],"minItems":1,"additionalItems":false}]},"report-year":{"description":"标题中的年份、文首元数据的 year 与正文所述统计期限须为同一年度，统计期限须为一个完整的自然年度。\nThe title's year, the front matter's year and the stated statistics period must agree, and the period must be one calendar year.","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"required-sections":{"description":"报告须包含模板规定的每一个部分（一至六），每部分只出现一次，不得多出模板没有的部分。\nThe report must have every part the template requires (一 to 六), each once, and no part the template lacks.","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"required-tables":{"description":"模板要求的每张表格都须以文字表格出现在其所属部分中，不能缺失或以图片代替。\nEvery table the template requires must be in the report as a text table, under its own section, not missing or pasted as an image.","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"section-order":{"description":"各部分须按模板顺序（一至六）排列。\nThe parts must follow the template's order (一 to 六).","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"section-substance":{"description":"“五、存在的主要问题及改进情况”等部分须有实质内容，不能空着、只写“无”或寥寥数字。\nParts such as the one on problems and improvements must say something: not be empty, just “none”, or a few words.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{"minLength":{"type":"integer","minimum":0}}}],"minItems":1,"additionalItems":false}]},"section-title":{"description":"各部分标题应与模板一致，如“四、政府信息公开行政复议、行政诉讼情况”。\nPart titles should be worded as in the template.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"section-topics":{"description":"各部分应涵盖模板要求的内容：总体情况须涉及主动公开、依申请公开、政府信息管理、平台建设、监督保障；其他需要报告的事项须说明信息处理费收取情况。\nEach part should cover what the template asks of it: the overview its five topics, the last part the information processing fee.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{"ignore":{"type":"array","items":{"type":"string"},"uniqueItems":true}}}],"minItems":1,"additionalItems":false}]},"stray-year":{"description":"正文中出现的年份应为统计年度或其次年；其他年份可能是沿用上年报告时遗留的。\nYears in the body should be the statistics year or the next one; other years may be left over from last year's report.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"table-labels":{"description":"表格的标题行、列标题和行标签应使用模板原文；可识别的变体写法会被指出。\nTable captions, column headers and row labels should use the template's wording; recognised variants are reported.","default":"warn","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"table-shape":{"description":"表格须有模板规定的全部行、列和部分，且各只出现一次，不得有模板以外的行、列或单元格。\nTables must have every row, column and part of the template, each once, and no rows, columns or cells the template does not have.","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]},"template-version":{"description":"报告须采用其统计年度适用的模板：2018 年及以前为旧格式，2019—2020 年为 2019 年试行格式，2021 年起为 2021 年格式。\nA report must follow the template its statistics year calls for: the old format up to 2018, the 2019 trial format for 2019–2020, the 2021 format from 2021.","default":"error","anyOf":[{"$ref":"#/definitions/severity"},{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","additionalProperties":false,"properties":{}}],"minItems":1,"additionalItems":false}]}}}},"definitions":{"severity":{"description":"\"off\" or 0, \"warn\" or 1, \"error\" or 2.","enum":["off","warn","error",0,1,2]}}};
const schema12 = {"description":"\"off\" or 0, \"warn\" or 1, \"error\" or 2.","enum":["off","warn","error",0,1,2]};
const func2 = ucs2length;
const func6 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "$schema") || (key0 === "extends")) || (key0 === "profile")) || (key0 === "locale")) || (key0 === "files")) || (key0 === "rules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.extends !== undefined){
let data1 = data.extends;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err2 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err7 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.profile !== undefined){
let data3 = data.profile;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.locale !== undefined){
let data4 = data.locale;
if(!((data4 === "zh") || (data4 === "en"))){
const err10 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/enum",keyword:"enum",params:{allowedValues: schema11.properties.locale.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.files !== undefined){
let data5 = data.files;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err11 = {instancePath:instancePath+"/files/" + i1,schemaPath:"#/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/files/" + i1,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.rules !== undefined){
let data7 = data.rules;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(func6.call(schema11.properties.rules.properties, key1))){
const err14 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7["amount-unit"] !== undefined){
let data8 = data7["amount-unit"];
const _errs23 = errors;
let valid7 = false;
const _errs24 = errors;
if(!((((((data8 === "off") || (data8 === "warn")) || (data8 === "error")) || (data8 === 0)) || (data8 === 1)) || (data8 === 2))){
const err15 = {instancePath:instancePath+"/rules/amount-unit",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid7 = valid7 || _valid1;
if(!valid7){
const _errs26 = errors;
if(Array.isArray(data8)){
if(data8.length < 1){
const err16 = {instancePath:instancePath+"/rules/amount-unit",schemaPath:"#/properties/rules/properties/amount-unit/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data8.length;
if(!(len2 <= 2)){
const err17 = {instancePath:instancePath+"/rules/amount-unit",schemaPath:"#/properties/rules/properties/amount-unit/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len3 = data8.length;
if(len3 > 0){
let data9 = data8[0];
if(!((((((data9 === "off") || (data9 === "warn")) || (data9 === "error")) || (data9 === 0)) || (data9 === 1)) || (data9 === 2))){
const err18 = {instancePath:instancePath+"/rules/amount-unit/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(len3 > 1){
let data10 = data8[1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!(key2 === "maximum")){
const err19 = {instancePath:instancePath+"/rules/amount-unit/1",schemaPath:"#/properties/rules/properties/amount-unit/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data10.maximum !== undefined){
let data11 = data10.maximum;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 <= 0 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/rules/amount-unit/1/maximum",schemaPath:"#/properties/rules/properties/amount-unit/anyOf/1/items/1/properties/maximum/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/rules/amount-unit/1/maximum",schemaPath:"#/properties/rules/properties/amount-unit/anyOf/1/items/1/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/rules/amount-unit/1",schemaPath:"#/properties/rules/properties/amount-unit/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/rules/amount-unit",schemaPath:"#/properties/rules/properties/amount-unit/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid7 = valid7 || _valid1;
}
if(!valid7){
const err24 = {instancePath:instancePath+"/rules/amount-unit",schemaPath:"#/properties/rules/properties/amount-unit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data7.arithmetic !== undefined){
let data12 = data7.arithmetic;
const _errs36 = errors;
let valid12 = false;
const _errs37 = errors;
if(!((((((data12 === "off") || (data12 === "warn")) || (data12 === "error")) || (data12 === 0)) || (data12 === 1)) || (data12 === 2))){
const err25 = {instancePath:instancePath+"/rules/arithmetic",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs39 = errors;
if(Array.isArray(data12)){
if(data12.length < 1){
const err26 = {instancePath:instancePath+"/rules/arithmetic",schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len4 = data12.length;
if(!(len4 <= 2)){
const err27 = {instancePath:instancePath+"/rules/arithmetic",schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len5 = data12.length;
if(len5 > 0){
let data13 = data12[0];
if(!((((((data13 === "off") || (data13 === "warn")) || (data13 === "error")) || (data13 === 0)) || (data13 === 1)) || (data13 === 2))){
const err28 = {instancePath:instancePath+"/rules/arithmetic/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(len5 > 1){
let data14 = data12[1];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!(key3 === "ignore")){
const err29 = {instancePath:instancePath+"/rules/arithmetic/1",schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.ignore !== undefined){
let data15 = data14.ignore;
if(Array.isArray(data15)){
const len6 = data15.length;
for(let i2=0; i2<len6; i2++){
if(typeof data15[i2] !== "string"){
const err30 = {instancePath:instancePath+"/rules/arithmetic/1/ignore/" + i2,schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/items/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i3 = data15.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data15[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err31 = {instancePath:instancePath+"/rules/arithmetic/1/ignore",schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/items/1/properties/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err32 = {instancePath:instancePath+"/rules/arithmetic/1/ignore",schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/items/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/rules/arithmetic/1",schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/rules/arithmetic",schemaPath:"#/properties/rules/properties/arithmetic/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err35 = {instancePath:instancePath+"/rules/arithmetic",schemaPath:"#/properties/rules/properties/arithmetic/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data7["blank-cell"] !== undefined){
let data17 = data7["blank-cell"];
const _errs51 = errors;
let valid20 = false;
const _errs52 = errors;
if(!((((((data17 === "off") || (data17 === "warn")) || (data17 === "error")) || (data17 === 0)) || (data17 === 1)) || (data17 === 2))){
const err36 = {instancePath:instancePath+"/rules/blank-cell",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid3 = _errs52 === errors;
valid20 = valid20 || _valid3;
if(!valid20){
const _errs54 = errors;
if(Array.isArray(data17)){
if(data17.length < 1){
const err37 = {instancePath:instancePath+"/rules/blank-cell",schemaPath:"#/properties/rules/properties/blank-cell/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len7 = data17.length;
if(!(len7 <= 2)){
const err38 = {instancePath:instancePath+"/rules/blank-cell",schemaPath:"#/properties/rules/properties/blank-cell/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len8 = data17.length;
if(len8 > 0){
let data18 = data17[0];
if(!((((((data18 === "off") || (data18 === "warn")) || (data18 === "error")) || (data18 === 0)) || (data18 === 1)) || (data18 === 2))){
const err39 = {instancePath:instancePath+"/rules/blank-cell/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(len8 > 1){
let data19 = data17[1];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key4 in data19){
const err40 = {instancePath:instancePath+"/rules/blank-cell/1",schemaPath:"#/properties/rules/properties/blank-cell/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/rules/blank-cell/1",schemaPath:"#/properties/rules/properties/blank-cell/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/rules/blank-cell",schemaPath:"#/properties/rules/properties/blank-cell/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid3 = _errs54 === errors;
valid20 = valid20 || _valid3;
}
if(!valid20){
const err43 = {instancePath:instancePath+"/rules/blank-cell",schemaPath:"#/properties/rules/properties/blank-cell/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data7["cell-value"] !== undefined){
let data20 = data7["cell-value"];
const _errs62 = errors;
let valid24 = false;
const _errs63 = errors;
if(!((((((data20 === "off") || (data20 === "warn")) || (data20 === "error")) || (data20 === 0)) || (data20 === 1)) || (data20 === 2))){
const err44 = {instancePath:instancePath+"/rules/cell-value",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid4 = _errs63 === errors;
valid24 = valid24 || _valid4;
if(!valid24){
const _errs65 = errors;
if(Array.isArray(data20)){
if(data20.length < 1){
const err45 = {instancePath:instancePath+"/rules/cell-value",schemaPath:"#/properties/rules/properties/cell-value/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const len9 = data20.length;
if(!(len9 <= 2)){
const err46 = {instancePath:instancePath+"/rules/cell-value",schemaPath:"#/properties/rules/properties/cell-value/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len10 = data20.length;
if(len10 > 0){
let data21 = data20[0];
if(!((((((data21 === "off") || (data21 === "warn")) || (data21 === "error")) || (data21 === 0)) || (data21 === 1)) || (data21 === 2))){
const err47 = {instancePath:instancePath+"/rules/cell-value/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(len10 > 1){
let data22 = data20[1];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key5 in data22){
const err48 = {instancePath:instancePath+"/rules/cell-value/1",schemaPath:"#/properties/rules/properties/cell-value/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/rules/cell-value/1",schemaPath:"#/properties/rules/properties/cell-value/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/rules/cell-value",schemaPath:"#/properties/rules/properties/cell-value/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid4 = _errs65 === errors;
valid24 = valid24 || _valid4;
}
if(!valid24){
const err51 = {instancePath:instancePath+"/rules/cell-value",schemaPath:"#/properties/rules/properties/cell-value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data7["cross-year-carryover"] !== undefined){
let data23 = data7["cross-year-carryover"];
const _errs73 = errors;
let valid28 = false;
const _errs74 = errors;
if(!((((((data23 === "off") || (data23 === "warn")) || (data23 === "error")) || (data23 === 0)) || (data23 === 1)) || (data23 === 2))){
const err52 = {instancePath:instancePath+"/rules/cross-year-carryover",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid5 = _errs74 === errors;
valid28 = valid28 || _valid5;
if(!valid28){
const _errs76 = errors;
if(Array.isArray(data23)){
if(data23.length < 1){
const err53 = {instancePath:instancePath+"/rules/cross-year-carryover",schemaPath:"#/properties/rules/properties/cross-year-carryover/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len11 = data23.length;
if(!(len11 <= 2)){
const err54 = {instancePath:instancePath+"/rules/cross-year-carryover",schemaPath:"#/properties/rules/properties/cross-year-carryover/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len12 = data23.length;
if(len12 > 0){
let data24 = data23[0];
if(!((((((data24 === "off") || (data24 === "warn")) || (data24 === "error")) || (data24 === 0)) || (data24 === 1)) || (data24 === 2))){
const err55 = {instancePath:instancePath+"/rules/cross-year-carryover/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(len12 > 1){
let data25 = data23[1];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key6 in data25){
const err56 = {instancePath:instancePath+"/rules/cross-year-carryover/1",schemaPath:"#/properties/rules/properties/cross-year-carryover/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/rules/cross-year-carryover/1",schemaPath:"#/properties/rules/properties/cross-year-carryover/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/rules/cross-year-carryover",schemaPath:"#/properties/rules/properties/cross-year-carryover/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid5 = _errs76 === errors;
valid28 = valid28 || _valid5;
}
if(!valid28){
const err59 = {instancePath:instancePath+"/rules/cross-year-carryover",schemaPath:"#/properties/rules/properties/cross-year-carryover/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
}
if(data7["cross-year-in-force"] !== undefined){
let data26 = data7["cross-year-in-force"];
const _errs84 = errors;
let valid32 = false;
const _errs85 = errors;
if(!((((((data26 === "off") || (data26 === "warn")) || (data26 === "error")) || (data26 === 0)) || (data26 === 1)) || (data26 === 2))){
const err60 = {instancePath:instancePath+"/rules/cross-year-in-force",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid6 = _errs85 === errors;
valid32 = valid32 || _valid6;
if(!valid32){
const _errs87 = errors;
if(Array.isArray(data26)){
if(data26.length < 1){
const err61 = {instancePath:instancePath+"/rules/cross-year-in-force",schemaPath:"#/properties/rules/properties/cross-year-in-force/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len13 = data26.length;
if(!(len13 <= 2)){
const err62 = {instancePath:instancePath+"/rules/cross-year-in-force",schemaPath:"#/properties/rules/properties/cross-year-in-force/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len14 = data26.length;
if(len14 > 0){
let data27 = data26[0];
if(!((((((data27 === "off") || (data27 === "warn")) || (data27 === "error")) || (data27 === 0)) || (data27 === 1)) || (data27 === 2))){
const err63 = {instancePath:instancePath+"/rules/cross-year-in-force/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(len14 > 1){
let data28 = data26[1];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key7 in data28){
const err64 = {instancePath:instancePath+"/rules/cross-year-in-force/1",schemaPath:"#/properties/rules/properties/cross-year-in-force/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/rules/cross-year-in-force/1",schemaPath:"#/properties/rules/properties/cross-year-in-force/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/rules/cross-year-in-force",schemaPath:"#/properties/rules/properties/cross-year-in-force/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid6 = _errs87 === errors;
valid32 = valid32 || _valid6;
}
if(!valid32){
const err67 = {instancePath:instancePath+"/rules/cross-year-in-force",schemaPath:"#/properties/rules/properties/cross-year-in-force/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
}
if(data7["mixed-template"] !== undefined){
let data29 = data7["mixed-template"];
const _errs95 = errors;
let valid36 = false;
const _errs96 = errors;
if(!((((((data29 === "off") || (data29 === "warn")) || (data29 === "error")) || (data29 === 0)) || (data29 === 1)) || (data29 === 2))){
const err68 = {instancePath:instancePath+"/rules/mixed-template",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid7 = _errs96 === errors;
valid36 = valid36 || _valid7;
if(!valid36){
const _errs98 = errors;
if(Array.isArray(data29)){
if(data29.length < 1){
const err69 = {instancePath:instancePath+"/rules/mixed-template",schemaPath:"#/properties/rules/properties/mixed-template/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len15 = data29.length;
if(!(len15 <= 2)){
const err70 = {instancePath:instancePath+"/rules/mixed-template",schemaPath:"#/properties/rules/properties/mixed-template/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
const len16 = data29.length;
if(len16 > 0){
let data30 = data29[0];
if(!((((((data30 === "off") || (data30 === "warn")) || (data30 === "error")) || (data30 === 0)) || (data30 === 1)) || (data30 === 2))){
const err71 = {instancePath:instancePath+"/rules/mixed-template/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(len16 > 1){
let data31 = data29[1];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key8 in data31){
const err72 = {instancePath:instancePath+"/rules/mixed-template/1",schemaPath:"#/properties/rules/properties/mixed-template/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/rules/mixed-template/1",schemaPath:"#/properties/rules/properties/mixed-template/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/rules/mixed-template",schemaPath:"#/properties/rules/properties/mixed-template/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid7 = _errs98 === errors;
valid36 = valid36 || _valid7;
}
if(!valid36){
const err75 = {instancePath:instancePath+"/rules/mixed-template",schemaPath:"#/properties/rules/properties/mixed-template/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
}
}
if(data7.placeholder !== undefined){
let data32 = data7.placeholder;
const _errs106 = errors;
let valid40 = false;
const _errs107 = errors;
if(!((((((data32 === "off") || (data32 === "warn")) || (data32 === "error")) || (data32 === 0)) || (data32 === 1)) || (data32 === 2))){
const err76 = {instancePath:instancePath+"/rules/placeholder",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid8 = _errs107 === errors;
valid40 = valid40 || _valid8;
if(!valid40){
const _errs109 = errors;
if(Array.isArray(data32)){
if(data32.length < 1){
const err77 = {instancePath:instancePath+"/rules/placeholder",schemaPath:"#/properties/rules/properties/placeholder/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const len17 = data32.length;
if(!(len17 <= 2)){
const err78 = {instancePath:instancePath+"/rules/placeholder",schemaPath:"#/properties/rules/properties/placeholder/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len18 = data32.length;
if(len18 > 0){
let data33 = data32[0];
if(!((((((data33 === "off") || (data33 === "warn")) || (data33 === "error")) || (data33 === 0)) || (data33 === 1)) || (data33 === 2))){
const err79 = {instancePath:instancePath+"/rules/placeholder/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(len18 > 1){
let data34 = data32[1];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key9 in data34){
const err80 = {instancePath:instancePath+"/rules/placeholder/1",schemaPath:"#/properties/rules/properties/placeholder/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/rules/placeholder/1",schemaPath:"#/properties/rules/properties/placeholder/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/rules/placeholder",schemaPath:"#/properties/rules/properties/placeholder/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid8 = _errs109 === errors;
valid40 = valid40 || _valid8;
}
if(!valid40){
const err83 = {instancePath:instancePath+"/rules/placeholder",schemaPath:"#/properties/rules/properties/placeholder/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
}
}
if(data7.plausibility !== undefined){
let data35 = data7.plausibility;
const _errs117 = errors;
let valid44 = false;
const _errs118 = errors;
if(!((((((data35 === "off") || (data35 === "warn")) || (data35 === "error")) || (data35 === 0)) || (data35 === 1)) || (data35 === 2))){
const err84 = {instancePath:instancePath+"/rules/plausibility",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid9 = _errs118 === errors;
valid44 = valid44 || _valid9;
if(!valid44){
const _errs120 = errors;
if(Array.isArray(data35)){
if(data35.length < 1){
const err85 = {instancePath:instancePath+"/rules/plausibility",schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
const len19 = data35.length;
if(!(len19 <= 2)){
const err86 = {instancePath:instancePath+"/rules/plausibility",schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
const len20 = data35.length;
if(len20 > 0){
let data36 = data35[0];
if(!((((((data36 === "off") || (data36 === "warn")) || (data36 === "error")) || (data36 === 0)) || (data36 === 1)) || (data36 === 2))){
const err87 = {instancePath:instancePath+"/rules/plausibility/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(len20 > 1){
let data37 = data35[1];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key10 in data37){
if(!(key10 === "ignore")){
const err88 = {instancePath:instancePath+"/rules/plausibility/1",schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data37.ignore !== undefined){
let data38 = data37.ignore;
if(Array.isArray(data38)){
const len21 = data38.length;
for(let i4=0; i4<len21; i4++){
if(typeof data38[i4] !== "string"){
const err89 = {instancePath:instancePath+"/rules/plausibility/1/ignore/" + i4,schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/items/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
let i5 = data38.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data38[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err90 = {instancePath:instancePath+"/rules/plausibility/1/ignore",schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/items/1/properties/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err91 = {instancePath:instancePath+"/rules/plausibility/1/ignore",schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/items/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/rules/plausibility/1",schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/rules/plausibility",schemaPath:"#/properties/rules/properties/plausibility/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid9 = _errs120 === errors;
valid44 = valid44 || _valid9;
}
if(!valid44){
const err94 = {instancePath:instancePath+"/rules/plausibility",schemaPath:"#/properties/rules/properties/plausibility/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
errors = _errs117;
if(vErrors !== null){
if(_errs117){
vErrors.length = _errs117;
}
else {
vErrors = null;
}
}
}
}
if(data7["publication-deadline"] !== undefined){
let data40 = data7["publication-deadline"];
const _errs132 = errors;
let valid52 = false;
const _errs133 = errors;
if(!((((((data40 === "off") || (data40 === "warn")) || (data40 === "error")) || (data40 === 0)) || (data40 === 1)) || (data40 === 2))){
const err95 = {instancePath:instancePath+"/rules/publication-deadline",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid10 = _errs133 === errors;
valid52 = valid52 || _valid10;
if(!valid52){
const _errs135 = errors;
if(Array.isArray(data40)){
if(data40.length < 1){
const err96 = {instancePath:instancePath+"/rules/publication-deadline",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
const len22 = data40.length;
if(!(len22 <= 2)){
const err97 = {instancePath:instancePath+"/rules/publication-deadline",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
const len23 = data40.length;
if(len23 > 0){
let data41 = data40[0];
if(!((((((data41 === "off") || (data41 === "warn")) || (data41 === "error")) || (data41 === 0)) || (data41 === 1)) || (data41 === 2))){
const err98 = {instancePath:instancePath+"/rules/publication-deadline/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(len23 > 1){
let data42 = data40[1];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key11 in data42){
if(!(key11 === "deadlines")){
const err99 = {instancePath:instancePath+"/rules/publication-deadline/1",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data42.deadlines !== undefined){
let data43 = data42.deadlines;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key12 in data43){
if(!(((key12 === "department") || (key12 === "government")) || (key12 === "township"))){
const err100 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data43.department !== undefined){
let data44 = data43.department;
if(typeof data44 === "string"){
if(!pattern0.test(data44)){
const err101 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines/department",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/properties/department/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines/department",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data43.government !== undefined){
let data45 = data43.government;
if(typeof data45 === "string"){
if(!pattern0.test(data45)){
const err103 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines/government",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/properties/government/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines/government",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/properties/government/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data43.township !== undefined){
let data46 = data43.township;
if(typeof data46 === "string"){
if(!pattern0.test(data46)){
const err105 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines/township",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/properties/township/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines/township",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/properties/township/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/rules/publication-deadline/1/deadlines",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/properties/deadlines/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/rules/publication-deadline/1",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/rules/publication-deadline",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid10 = _errs135 === errors;
valid52 = valid52 || _valid10;
}
if(!valid52){
const err110 = {instancePath:instancePath+"/rules/publication-deadline",schemaPath:"#/properties/rules/properties/publication-deadline/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
else {
errors = _errs132;
if(vErrors !== null){
if(_errs132){
vErrors.length = _errs132;
}
else {
vErrors = null;
}
}
}
}
if(data7["regulation-authority"] !== undefined){
let data47 = data7["regulation-authority"];
const _errs152 = errors;
let valid58 = false;
const _errs153 = errors;
if(!((((((data47 === "off") || (data47 === "warn")) || (data47 === "error")) || (data47 === 0)) || (data47 === 1)) || (data47 === 2))){
const err111 = {instancePath:instancePath+"/rules/regulation-authority",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid11 = _errs153 === errors;
valid58 = valid58 || _valid11;
if(!valid58){
const _errs155 = errors;
if(Array.isArray(data47)){
if(data47.length < 1){
const err112 = {instancePath:instancePath+"/rules/regulation-authority",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
const len24 = data47.length;
if(!(len24 <= 2)){
const err113 = {instancePath:instancePath+"/rules/regulation-authority",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
const len25 = data47.length;
if(len25 > 0){
let data48 = data47[0];
if(!((((((data48 === "off") || (data48 === "warn")) || (data48 === "error")) || (data48 === 0)) || (data48 === 1)) || (data48 === 2))){
const err114 = {instancePath:instancePath+"/rules/regulation-authority/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(len25 > 1){
let data49 = data47[1];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key13 in data49){
if(!(key13 === "levels")){
const err115 = {instancePath:instancePath+"/rules/regulation-authority/1",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data49.levels !== undefined){
let data50 = data49.levels;
if(Array.isArray(data50)){
const len26 = data50.length;
for(let i6=0; i6<len26; i6++){
if(typeof data50[i6] !== "string"){
const err116 = {instancePath:instancePath+"/rules/regulation-authority/1/levels/" + i6,schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/items/1/properties/levels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
let i7 = data50.length;
let j2;
if(i7 > 1){
const indices2 = {};
for(;i7--;){
let item2 = data50[i7];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err117 = {instancePath:instancePath+"/rules/regulation-authority/1/levels",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/items/1/properties/levels/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
break;
}
indices2[item2] = i7;
}
}
}
else {
const err118 = {instancePath:instancePath+"/rules/regulation-authority/1/levels",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/items/1/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/rules/regulation-authority/1",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/rules/regulation-authority",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid11 = _errs155 === errors;
valid58 = valid58 || _valid11;
}
if(!valid58){
const err121 = {instancePath:instancePath+"/rules/regulation-authority",schemaPath:"#/properties/rules/properties/regulation-authority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
}
}
if(data7["report-year"] !== undefined){
let data52 = data7["report-year"];
const _errs167 = errors;
let valid66 = false;
const _errs168 = errors;
if(!((((((data52 === "off") || (data52 === "warn")) || (data52 === "error")) || (data52 === 0)) || (data52 === 1)) || (data52 === 2))){
const err122 = {instancePath:instancePath+"/rules/report-year",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid12 = _errs168 === errors;
valid66 = valid66 || _valid12;
if(!valid66){
const _errs170 = errors;
if(Array.isArray(data52)){
if(data52.length < 1){
const err123 = {instancePath:instancePath+"/rules/report-year",schemaPath:"#/properties/rules/properties/report-year/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
const len27 = data52.length;
if(!(len27 <= 2)){
const err124 = {instancePath:instancePath+"/rules/report-year",schemaPath:"#/properties/rules/properties/report-year/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
const len28 = data52.length;
if(len28 > 0){
let data53 = data52[0];
if(!((((((data53 === "off") || (data53 === "warn")) || (data53 === "error")) || (data53 === 0)) || (data53 === 1)) || (data53 === 2))){
const err125 = {instancePath:instancePath+"/rules/report-year/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(len28 > 1){
let data54 = data52[1];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key14 in data54){
const err126 = {instancePath:instancePath+"/rules/report-year/1",schemaPath:"#/properties/rules/properties/report-year/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/rules/report-year/1",schemaPath:"#/properties/rules/properties/report-year/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/rules/report-year",schemaPath:"#/properties/rules/properties/report-year/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid12 = _errs170 === errors;
valid66 = valid66 || _valid12;
}
if(!valid66){
const err129 = {instancePath:instancePath+"/rules/report-year",schemaPath:"#/properties/rules/properties/report-year/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
else {
errors = _errs167;
if(vErrors !== null){
if(_errs167){
vErrors.length = _errs167;
}
else {
vErrors = null;
}
}
}
}
if(data7["required-sections"] !== undefined){
let data55 = data7["required-sections"];
const _errs178 = errors;
let valid70 = false;
const _errs179 = errors;
if(!((((((data55 === "off") || (data55 === "warn")) || (data55 === "error")) || (data55 === 0)) || (data55 === 1)) || (data55 === 2))){
const err130 = {instancePath:instancePath+"/rules/required-sections",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid13 = _errs179 === errors;
valid70 = valid70 || _valid13;
if(!valid70){
const _errs181 = errors;
if(Array.isArray(data55)){
if(data55.length < 1){
const err131 = {instancePath:instancePath+"/rules/required-sections",schemaPath:"#/properties/rules/properties/required-sections/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
const len29 = data55.length;
if(!(len29 <= 2)){
const err132 = {instancePath:instancePath+"/rules/required-sections",schemaPath:"#/properties/rules/properties/required-sections/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
const len30 = data55.length;
if(len30 > 0){
let data56 = data55[0];
if(!((((((data56 === "off") || (data56 === "warn")) || (data56 === "error")) || (data56 === 0)) || (data56 === 1)) || (data56 === 2))){
const err133 = {instancePath:instancePath+"/rules/required-sections/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(len30 > 1){
let data57 = data55[1];
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key15 in data57){
const err134 = {instancePath:instancePath+"/rules/required-sections/1",schemaPath:"#/properties/rules/properties/required-sections/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/rules/required-sections/1",schemaPath:"#/properties/rules/properties/required-sections/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/rules/required-sections",schemaPath:"#/properties/rules/properties/required-sections/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid13 = _errs181 === errors;
valid70 = valid70 || _valid13;
}
if(!valid70){
const err137 = {instancePath:instancePath+"/rules/required-sections",schemaPath:"#/properties/rules/properties/required-sections/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
}
}
if(data7["required-tables"] !== undefined){
let data58 = data7["required-tables"];
const _errs189 = errors;
let valid74 = false;
const _errs190 = errors;
if(!((((((data58 === "off") || (data58 === "warn")) || (data58 === "error")) || (data58 === 0)) || (data58 === 1)) || (data58 === 2))){
const err138 = {instancePath:instancePath+"/rules/required-tables",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
var _valid14 = _errs190 === errors;
valid74 = valid74 || _valid14;
if(!valid74){
const _errs192 = errors;
if(Array.isArray(data58)){
if(data58.length < 1){
const err139 = {instancePath:instancePath+"/rules/required-tables",schemaPath:"#/properties/rules/properties/required-tables/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
const len31 = data58.length;
if(!(len31 <= 2)){
const err140 = {instancePath:instancePath+"/rules/required-tables",schemaPath:"#/properties/rules/properties/required-tables/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
const len32 = data58.length;
if(len32 > 0){
let data59 = data58[0];
if(!((((((data59 === "off") || (data59 === "warn")) || (data59 === "error")) || (data59 === 0)) || (data59 === 1)) || (data59 === 2))){
const err141 = {instancePath:instancePath+"/rules/required-tables/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(len32 > 1){
let data60 = data58[1];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key16 in data60){
const err142 = {instancePath:instancePath+"/rules/required-tables/1",schemaPath:"#/properties/rules/properties/required-tables/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/rules/required-tables/1",schemaPath:"#/properties/rules/properties/required-tables/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/rules/required-tables",schemaPath:"#/properties/rules/properties/required-tables/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
var _valid14 = _errs192 === errors;
valid74 = valid74 || _valid14;
}
if(!valid74){
const err145 = {instancePath:instancePath+"/rules/required-tables",schemaPath:"#/properties/rules/properties/required-tables/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
}
}
if(data7["section-order"] !== undefined){
let data61 = data7["section-order"];
const _errs200 = errors;
let valid78 = false;
const _errs201 = errors;
if(!((((((data61 === "off") || (data61 === "warn")) || (data61 === "error")) || (data61 === 0)) || (data61 === 1)) || (data61 === 2))){
const err146 = {instancePath:instancePath+"/rules/section-order",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var _valid15 = _errs201 === errors;
valid78 = valid78 || _valid15;
if(!valid78){
const _errs203 = errors;
if(Array.isArray(data61)){
if(data61.length < 1){
const err147 = {instancePath:instancePath+"/rules/section-order",schemaPath:"#/properties/rules/properties/section-order/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
const len33 = data61.length;
if(!(len33 <= 2)){
const err148 = {instancePath:instancePath+"/rules/section-order",schemaPath:"#/properties/rules/properties/section-order/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
const len34 = data61.length;
if(len34 > 0){
let data62 = data61[0];
if(!((((((data62 === "off") || (data62 === "warn")) || (data62 === "error")) || (data62 === 0)) || (data62 === 1)) || (data62 === 2))){
const err149 = {instancePath:instancePath+"/rules/section-order/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(len34 > 1){
let data63 = data61[1];
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key17 in data63){
const err150 = {instancePath:instancePath+"/rules/section-order/1",schemaPath:"#/properties/rules/properties/section-order/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/rules/section-order/1",schemaPath:"#/properties/rules/properties/section-order/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/rules/section-order",schemaPath:"#/properties/rules/properties/section-order/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
var _valid15 = _errs203 === errors;
valid78 = valid78 || _valid15;
}
if(!valid78){
const err153 = {instancePath:instancePath+"/rules/section-order",schemaPath:"#/properties/rules/properties/section-order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
else {
errors = _errs200;
if(vErrors !== null){
if(_errs200){
vErrors.length = _errs200;
}
else {
vErrors = null;
}
}
}
}
if(data7["section-substance"] !== undefined){
let data64 = data7["section-substance"];
const _errs211 = errors;
let valid82 = false;
const _errs212 = errors;
if(!((((((data64 === "off") || (data64 === "warn")) || (data64 === "error")) || (data64 === 0)) || (data64 === 1)) || (data64 === 2))){
const err154 = {instancePath:instancePath+"/rules/section-substance",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var _valid16 = _errs212 === errors;
valid82 = valid82 || _valid16;
if(!valid82){
const _errs214 = errors;
if(Array.isArray(data64)){
if(data64.length < 1){
const err155 = {instancePath:instancePath+"/rules/section-substance",schemaPath:"#/properties/rules/properties/section-substance/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
const len35 = data64.length;
if(!(len35 <= 2)){
const err156 = {instancePath:instancePath+"/rules/section-substance",schemaPath:"#/properties/rules/properties/section-substance/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
const len36 = data64.length;
if(len36 > 0){
let data65 = data64[0];
if(!((((((data65 === "off") || (data65 === "warn")) || (data65 === "error")) || (data65 === 0)) || (data65 === 1)) || (data65 === 2))){
const err157 = {instancePath:instancePath+"/rules/section-substance/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(len36 > 1){
let data66 = data64[1];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key18 in data66){
if(!(key18 === "minLength")){
const err158 = {instancePath:instancePath+"/rules/section-substance/1",schemaPath:"#/properties/rules/properties/section-substance/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data66.minLength !== undefined){
let data67 = data66.minLength;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err159 = {instancePath:instancePath+"/rules/section-substance/1/minLength",schemaPath:"#/properties/rules/properties/section-substance/anyOf/1/items/1/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 0 || isNaN(data67)){
const err160 = {instancePath:instancePath+"/rules/section-substance/1/minLength",schemaPath:"#/properties/rules/properties/section-substance/anyOf/1/items/1/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
}
else {
const err161 = {instancePath:instancePath+"/rules/section-substance/1",schemaPath:"#/properties/rules/properties/section-substance/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/rules/section-substance",schemaPath:"#/properties/rules/properties/section-substance/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid16 = _errs214 === errors;
valid82 = valid82 || _valid16;
}
if(!valid82){
const err163 = {instancePath:instancePath+"/rules/section-substance",schemaPath:"#/properties/rules/properties/section-substance/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
else {
errors = _errs211;
if(vErrors !== null){
if(_errs211){
vErrors.length = _errs211;
}
else {
vErrors = null;
}
}
}
}
if(data7["section-title"] !== undefined){
let data68 = data7["section-title"];
const _errs224 = errors;
let valid87 = false;
const _errs225 = errors;
if(!((((((data68 === "off") || (data68 === "warn")) || (data68 === "error")) || (data68 === 0)) || (data68 === 1)) || (data68 === 2))){
const err164 = {instancePath:instancePath+"/rules/section-title",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
var _valid17 = _errs225 === errors;
valid87 = valid87 || _valid17;
if(!valid87){
const _errs227 = errors;
if(Array.isArray(data68)){
if(data68.length < 1){
const err165 = {instancePath:instancePath+"/rules/section-title",schemaPath:"#/properties/rules/properties/section-title/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
const len37 = data68.length;
if(!(len37 <= 2)){
const err166 = {instancePath:instancePath+"/rules/section-title",schemaPath:"#/properties/rules/properties/section-title/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
const len38 = data68.length;
if(len38 > 0){
let data69 = data68[0];
if(!((((((data69 === "off") || (data69 === "warn")) || (data69 === "error")) || (data69 === 0)) || (data69 === 1)) || (data69 === 2))){
const err167 = {instancePath:instancePath+"/rules/section-title/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(len38 > 1){
let data70 = data68[1];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key19 in data70){
const err168 = {instancePath:instancePath+"/rules/section-title/1",schemaPath:"#/properties/rules/properties/section-title/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/rules/section-title/1",schemaPath:"#/properties/rules/properties/section-title/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/rules/section-title",schemaPath:"#/properties/rules/properties/section-title/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
var _valid17 = _errs227 === errors;
valid87 = valid87 || _valid17;
}
if(!valid87){
const err171 = {instancePath:instancePath+"/rules/section-title",schemaPath:"#/properties/rules/properties/section-title/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
else {
errors = _errs224;
if(vErrors !== null){
if(_errs224){
vErrors.length = _errs224;
}
else {
vErrors = null;
}
}
}
}
if(data7["section-topics"] !== undefined){
let data71 = data7["section-topics"];
const _errs235 = errors;
let valid91 = false;
const _errs236 = errors;
if(!((((((data71 === "off") || (data71 === "warn")) || (data71 === "error")) || (data71 === 0)) || (data71 === 1)) || (data71 === 2))){
const err172 = {instancePath:instancePath+"/rules/section-topics",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid18 = _errs236 === errors;
valid91 = valid91 || _valid18;
if(!valid91){
const _errs238 = errors;
if(Array.isArray(data71)){
if(data71.length < 1){
const err173 = {instancePath:instancePath+"/rules/section-topics",schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
const len39 = data71.length;
if(!(len39 <= 2)){
const err174 = {instancePath:instancePath+"/rules/section-topics",schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
const len40 = data71.length;
if(len40 > 0){
let data72 = data71[0];
if(!((((((data72 === "off") || (data72 === "warn")) || (data72 === "error")) || (data72 === 0)) || (data72 === 1)) || (data72 === 2))){
const err175 = {instancePath:instancePath+"/rules/section-topics/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(len40 > 1){
let data73 = data71[1];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key20 in data73){
if(!(key20 === "ignore")){
const err176 = {instancePath:instancePath+"/rules/section-topics/1",schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data73.ignore !== undefined){
let data74 = data73.ignore;
if(Array.isArray(data74)){
const len41 = data74.length;
for(let i8=0; i8<len41; i8++){
if(typeof data74[i8] !== "string"){
const err177 = {instancePath:instancePath+"/rules/section-topics/1/ignore/" + i8,schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/items/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
let i9 = data74.length;
let j3;
if(i9 > 1){
const indices3 = {};
for(;i9--;){
let item3 = data74[i9];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err178 = {instancePath:instancePath+"/rules/section-topics/1/ignore",schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/items/1/properties/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
break;
}
indices3[item3] = i9;
}
}
}
else {
const err179 = {instancePath:instancePath+"/rules/section-topics/1/ignore",schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/items/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/rules/section-topics/1",schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/rules/section-topics",schemaPath:"#/properties/rules/properties/section-topics/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid18 = _errs238 === errors;
valid91 = valid91 || _valid18;
}
if(!valid91){
const err182 = {instancePath:instancePath+"/rules/section-topics",schemaPath:"#/properties/rules/properties/section-topics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
else {
errors = _errs235;
if(vErrors !== null){
if(_errs235){
vErrors.length = _errs235;
}
else {
vErrors = null;
}
}
}
}
if(data7["stray-year"] !== undefined){
let data76 = data7["stray-year"];
const _errs250 = errors;
let valid99 = false;
const _errs251 = errors;
if(!((((((data76 === "off") || (data76 === "warn")) || (data76 === "error")) || (data76 === 0)) || (data76 === 1)) || (data76 === 2))){
const err183 = {instancePath:instancePath+"/rules/stray-year",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid19 = _errs251 === errors;
valid99 = valid99 || _valid19;
if(!valid99){
const _errs253 = errors;
if(Array.isArray(data76)){
if(data76.length < 1){
const err184 = {instancePath:instancePath+"/rules/stray-year",schemaPath:"#/properties/rules/properties/stray-year/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
const len42 = data76.length;
if(!(len42 <= 2)){
const err185 = {instancePath:instancePath+"/rules/stray-year",schemaPath:"#/properties/rules/properties/stray-year/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
const len43 = data76.length;
if(len43 > 0){
let data77 = data76[0];
if(!((((((data77 === "off") || (data77 === "warn")) || (data77 === "error")) || (data77 === 0)) || (data77 === 1)) || (data77 === 2))){
const err186 = {instancePath:instancePath+"/rules/stray-year/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(len43 > 1){
let data78 = data76[1];
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
for(const key21 in data78){
const err187 = {instancePath:instancePath+"/rules/stray-year/1",schemaPath:"#/properties/rules/properties/stray-year/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/rules/stray-year/1",schemaPath:"#/properties/rules/properties/stray-year/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/rules/stray-year",schemaPath:"#/properties/rules/properties/stray-year/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
var _valid19 = _errs253 === errors;
valid99 = valid99 || _valid19;
}
if(!valid99){
const err190 = {instancePath:instancePath+"/rules/stray-year",schemaPath:"#/properties/rules/properties/stray-year/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
else {
errors = _errs250;
if(vErrors !== null){
if(_errs250){
vErrors.length = _errs250;
}
else {
vErrors = null;
}
}
}
}
if(data7["table-labels"] !== undefined){
let data79 = data7["table-labels"];
const _errs261 = errors;
let valid103 = false;
const _errs262 = errors;
if(!((((((data79 === "off") || (data79 === "warn")) || (data79 === "error")) || (data79 === 0)) || (data79 === 1)) || (data79 === 2))){
const err191 = {instancePath:instancePath+"/rules/table-labels",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid20 = _errs262 === errors;
valid103 = valid103 || _valid20;
if(!valid103){
const _errs264 = errors;
if(Array.isArray(data79)){
if(data79.length < 1){
const err192 = {instancePath:instancePath+"/rules/table-labels",schemaPath:"#/properties/rules/properties/table-labels/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
const len44 = data79.length;
if(!(len44 <= 2)){
const err193 = {instancePath:instancePath+"/rules/table-labels",schemaPath:"#/properties/rules/properties/table-labels/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
const len45 = data79.length;
if(len45 > 0){
let data80 = data79[0];
if(!((((((data80 === "off") || (data80 === "warn")) || (data80 === "error")) || (data80 === 0)) || (data80 === 1)) || (data80 === 2))){
const err194 = {instancePath:instancePath+"/rules/table-labels/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(len45 > 1){
let data81 = data79[1];
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key22 in data81){
const err195 = {instancePath:instancePath+"/rules/table-labels/1",schemaPath:"#/properties/rules/properties/table-labels/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/rules/table-labels/1",schemaPath:"#/properties/rules/properties/table-labels/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/rules/table-labels",schemaPath:"#/properties/rules/properties/table-labels/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
var _valid20 = _errs264 === errors;
valid103 = valid103 || _valid20;
}
if(!valid103){
const err198 = {instancePath:instancePath+"/rules/table-labels",schemaPath:"#/properties/rules/properties/table-labels/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
else {
errors = _errs261;
if(vErrors !== null){
if(_errs261){
vErrors.length = _errs261;
}
else {
vErrors = null;
}
}
}
}
if(data7["table-shape"] !== undefined){
let data82 = data7["table-shape"];
const _errs272 = errors;
let valid107 = false;
const _errs273 = errors;
if(!((((((data82 === "off") || (data82 === "warn")) || (data82 === "error")) || (data82 === 0)) || (data82 === 1)) || (data82 === 2))){
const err199 = {instancePath:instancePath+"/rules/table-shape",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
var _valid21 = _errs273 === errors;
valid107 = valid107 || _valid21;
if(!valid107){
const _errs275 = errors;
if(Array.isArray(data82)){
if(data82.length < 1){
const err200 = {instancePath:instancePath+"/rules/table-shape",schemaPath:"#/properties/rules/properties/table-shape/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
const len46 = data82.length;
if(!(len46 <= 2)){
const err201 = {instancePath:instancePath+"/rules/table-shape",schemaPath:"#/properties/rules/properties/table-shape/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
const len47 = data82.length;
if(len47 > 0){
let data83 = data82[0];
if(!((((((data83 === "off") || (data83 === "warn")) || (data83 === "error")) || (data83 === 0)) || (data83 === 1)) || (data83 === 2))){
const err202 = {instancePath:instancePath+"/rules/table-shape/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(len47 > 1){
let data84 = data82[1];
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key23 in data84){
const err203 = {instancePath:instancePath+"/rules/table-shape/1",schemaPath:"#/properties/rules/properties/table-shape/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/rules/table-shape/1",schemaPath:"#/properties/rules/properties/table-shape/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/rules/table-shape",schemaPath:"#/properties/rules/properties/table-shape/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
var _valid21 = _errs275 === errors;
valid107 = valid107 || _valid21;
}
if(!valid107){
const err206 = {instancePath:instancePath+"/rules/table-shape",schemaPath:"#/properties/rules/properties/table-shape/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
else {
errors = _errs272;
if(vErrors !== null){
if(_errs272){
vErrors.length = _errs272;
}
else {
vErrors = null;
}
}
}
}
if(data7["template-version"] !== undefined){
let data85 = data7["template-version"];
const _errs283 = errors;
let valid111 = false;
const _errs284 = errors;
if(!((((((data85 === "off") || (data85 === "warn")) || (data85 === "error")) || (data85 === 0)) || (data85 === 1)) || (data85 === 2))){
const err207 = {instancePath:instancePath+"/rules/template-version",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
var _valid22 = _errs284 === errors;
valid111 = valid111 || _valid22;
if(!valid111){
const _errs286 = errors;
if(Array.isArray(data85)){
if(data85.length < 1){
const err208 = {instancePath:instancePath+"/rules/template-version",schemaPath:"#/properties/rules/properties/template-version/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
const len48 = data85.length;
if(!(len48 <= 2)){
const err209 = {instancePath:instancePath+"/rules/template-version",schemaPath:"#/properties/rules/properties/template-version/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
const len49 = data85.length;
if(len49 > 0){
let data86 = data85[0];
if(!((((((data86 === "off") || (data86 === "warn")) || (data86 === "error")) || (data86 === 0)) || (data86 === 1)) || (data86 === 2))){
const err210 = {instancePath:instancePath+"/rules/template-version/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(len49 > 1){
let data87 = data85[1];
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
for(const key24 in data87){
const err211 = {instancePath:instancePath+"/rules/template-version/1",schemaPath:"#/properties/rules/properties/template-version/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/rules/template-version/1",schemaPath:"#/properties/rules/properties/template-version/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
else {
const err213 = {instancePath:instancePath+"/rules/template-version",schemaPath:"#/properties/rules/properties/template-version/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
var _valid22 = _errs286 === errors;
valid111 = valid111 || _valid22;
}
if(!valid111){
const err214 = {instancePath:instancePath+"/rules/template-version",schemaPath:"#/properties/rules/properties/template-version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
else {
errors = _errs283;
if(vErrors !== null){
if(_errs283){
vErrors.length = _errs283;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err215 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

function ucs2length(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** The errors of `data` against the schema, or null when it conforms. */
export function schemaErrors(data) {
  return validate(data) ? null : validate.errors;
}
