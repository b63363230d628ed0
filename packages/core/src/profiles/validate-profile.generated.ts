// Generated from schemas/profile.schema.json by scripts/build-validators.ts (pnpm run build:schema): do not edit.
// @ts-nocheck
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://reportlint.dev/schemas/profile.schema.json","title":"reportlint profile","description":"A report type: its sections, its tables and the arithmetic their numbers obey.","type":"object","additionalProperties":false,"required":["id","name","sections","tables"],"properties":{"$schema":{"type":"string"},"id":{"$ref":"#/definitions/key"},"extends":{"$ref":"#/definitions/key"},"name":{"$ref":"#/definitions/localized"},"basis":{"type":"string"},"years":{"type":"object","additionalProperties":false,"properties":{"from":{"type":"integer"},"to":{"type":"integer"}}},"detect":{"type":"object","additionalProperties":false,"required":["signals"],"properties":{"signals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["label"],"properties":{"label":{"$ref":"#/definitions/label"},"next":{"$ref":"#/definitions/label","description":"The signal is the row labelled `label` directly followed by the row labelled `next` in one table."},"table":{"$ref":"#/definitions/key"}}}}}},"issuerLevels":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["level","name","patterns"],"properties":{"level":{"$ref":"#/definitions/key"},"name":{"$ref":"#/definitions/localized"},"patterns":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}}},"sections":{"type":"array","items":{"$ref":"#/definitions/section"}},"tables":{"type":"array","items":{"$ref":"#/definitions/table"}}},"definitions":{"key":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"label":{"type":"string","minLength":1},"labels":{"type":"array","items":{"$ref":"#/definitions/label"}},"localized":{"type":"object","additionalProperties":false,"required":["zh","en"],"properties":{"zh":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}}},"field":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["integer","number"]},"constraints":{"type":"object","additionalProperties":false,"properties":{"minimum":{"type":"number"}}},"unit":{"type":"string","minLength":1},"plausibleMaximum":{"type":"number"}}},"topic":{"type":"object","additionalProperties":false,"required":["key","label","patterns"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"patterns":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/label"}}}},"section":{"type":"object","additionalProperties":false,"required":["key","ordinal","title"],"properties":{"key":{"$ref":"#/definitions/key"},"ordinal":{"type":"integer","minimum":1},"title":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"},"required":{"type":"boolean"},"topics":{"type":"array","items":{"$ref":"#/definitions/topic"}},"substantive":{"type":"boolean"}}},"table":{"type":"object","additionalProperties":false,"required":["id","title","section","blocks"],"properties":{"id":{"$ref":"#/definitions/key"},"title":{"$ref":"#/definitions/localized"},"section":{"$ref":"#/definitions/key"},"required":{"type":"boolean"},"cell":{"$ref":"#/definitions/field"},"blocks":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/block"}},"relations":{"type":"array","items":{"$ref":"#/definitions/relation"}}}},"block":{"type":"object","additionalProperties":false,"required":["key","columns","rows"],"properties":{"key":{"$ref":"#/definitions/key"},"caption":{"$ref":"#/definitions/label"},"captionAliases":{"$ref":"#/definitions/labels"},"labelHeaders":{"$ref":"#/definitions/labels"},"notes":{"$ref":"#/definitions/labels"},"cell":{"$ref":"#/definitions/field"},"headerGroups":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["key","label"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"}}}},"columns":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["key","label"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"},"groups":{"type":"array","items":{"$ref":"#/definitions/key"}},"cell":{"$ref":"#/definitions/field"}}}},"rows":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"},"parent":{"$ref":"#/definitions/key"},"group":{"type":"boolean"},"cell":{"$ref":"#/definitions/field"},"zeroForIssuerLevels":{"type":"array","items":{"$ref":"#/definitions/key"}}}}}}},"relation":{"type":"object","additionalProperties":false,"required":["id","name","explain","each","assert"],"properties":{"id":{"type":"string","minLength":1},"rule":{"enum":["arithmetic","plausibility"]},"name":{"$ref":"#/definitions/localized"},"explain":{"$ref":"#/definitions/localized"},"block":{"$ref":"#/definitions/key"},"each":{"enum":["column","row"]},"over":{"type":"array","items":{"$ref":"#/definitions/key"}},"assert":{"type":"string","minLength":1,"description":"`target op expression`: the target identifier's cell carries the diagnostic and, for ==, receives the computed value. op is one of == <= >= < >."},"when":{"type":"string","minLength":1},"tolerance":{"type":"number","minimum":0}}}}};
const schema12 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"};
const schema14 = {"type":"object","additionalProperties":false,"required":["zh","en"],"properties":{"zh":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}}};
const schema15 = {"type":"string","minLength":1};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length;
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
const schema20 = {"type":"object","additionalProperties":false,"required":["key","ordinal","title"],"properties":{"key":{"$ref":"#/definitions/key"},"ordinal":{"type":"integer","minimum":1},"title":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"},"required":{"type":"boolean"},"topics":{"type":"array","items":{"$ref":"#/definitions/topic"}},"substantive":{"type":"boolean"}}};
const schema23 = {"type":"array","items":{"$ref":"#/definitions/label"}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func3(data0) < 1){
validate12.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","additionalProperties":false,"required":["key","label","patterns"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"patterns":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/label"}}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.key === undefined) && (missing0 = "key")) || ((data.label === undefined) && (missing0 = "label"))) || ((data.patterns === undefined) && (missing0 = "patterns"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "key") || (key0 === "label")) || (key0 === "patterns"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.key !== undefined){
let data0 = data.key;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate14.errors = [{instancePath:instancePath+"/key",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/key",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.label !== undefined){
let data1 = data.label;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func3(data1) < 1){
validate14.errors = [{instancePath:instancePath+"/label",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/label",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.patterns !== undefined){
let data2 = data.patterns;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data2)){
if(data2.length < 1){
validate14.errors = [{instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func3(data3) < 1){
validate14.errors = [{instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.key === undefined) && (missing0 = "key")) || ((data.ordinal === undefined) && (missing0 = "ordinal"))) || ((data.title === undefined) && (missing0 = "title"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "key") || (key0 === "ordinal")) || (key0 === "title")) || (key0 === "aliases")) || (key0 === "required")) || (key0 === "topics")) || (key0 === "substantive"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.key !== undefined){
let data0 = data.key;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate11.errors = [{instancePath:instancePath+"/key",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/key",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ordinal !== undefined){
let data1 = data.ordinal;
const _errs5 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate11.errors = [{instancePath:instancePath+"/ordinal",schemaPath:"#/properties/ordinal/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
validate11.errors = [{instancePath:instancePath+"/ordinal",schemaPath:"#/properties/ordinal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data2 = data.title;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func3(data2) < 1){
validate11.errors = [{instancePath:instancePath+"/title",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/title",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aliases !== undefined){
const _errs10 = errors;
if(!(validate12(data.aliases, {instancePath:instancePath+"/aliases",parentData:data,parentDataProperty:"aliases",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.required !== undefined){
const _errs11 = errors;
if(typeof data.required !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.topics !== undefined){
let data5 = data.topics;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(!(validate14(data5[i0], {instancePath:instancePath+"/topics/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.substantive !== undefined){
const _errs16 = errors;
if(typeof data.substantive !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/substantive",schemaPath:"#/properties/substantive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"object","additionalProperties":false,"required":["id","title","section","blocks"],"properties":{"id":{"$ref":"#/definitions/key"},"title":{"$ref":"#/definitions/localized"},"section":{"$ref":"#/definitions/key"},"required":{"type":"boolean"},"cell":{"$ref":"#/definitions/field"},"blocks":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/block"}},"relations":{"type":"array","items":{"$ref":"#/definitions/relation"}}}};
const schema33 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["integer","number"]},"constraints":{"type":"object","additionalProperties":false,"properties":{"minimum":{"type":"number"}}},"unit":{"type":"string","minLength":1},"plausibleMaximum":{"type":"number"}}};
const schema34 = {"type":"object","additionalProperties":false,"required":["key","columns","rows"],"properties":{"key":{"$ref":"#/definitions/key"},"caption":{"$ref":"#/definitions/label"},"captionAliases":{"$ref":"#/definitions/labels"},"labelHeaders":{"$ref":"#/definitions/labels"},"notes":{"$ref":"#/definitions/labels"},"cell":{"$ref":"#/definitions/field"},"headerGroups":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["key","label"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"}}}},"columns":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["key","label"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"},"groups":{"type":"array","items":{"$ref":"#/definitions/key"}},"cell":{"$ref":"#/definitions/field"}}}},"rows":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"$ref":"#/definitions/key"},"label":{"$ref":"#/definitions/label"},"aliases":{"$ref":"#/definitions/labels"},"parent":{"$ref":"#/definitions/key"},"group":{"type":"boolean"},"cell":{"$ref":"#/definitions/field"},"zeroForIssuerLevels":{"type":"array","items":{"$ref":"#/definitions/key"}}}}}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.key === undefined) && (missing0 = "key")) || ((data.columns === undefined) && (missing0 = "columns"))) || ((data.rows === undefined) && (missing0 = "rows"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema34.properties, key0))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.key !== undefined){
let data0 = data.key;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate18.errors = [{instancePath:instancePath+"/key",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/key",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caption !== undefined){
let data1 = data.caption;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func3(data1) < 1){
validate18.errors = [{instancePath:instancePath+"/caption",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/caption",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.captionAliases !== undefined){
const _errs8 = errors;
if(!(validate12(data.captionAliases, {instancePath:instancePath+"/captionAliases",parentData:data,parentDataProperty:"captionAliases",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.labelHeaders !== undefined){
const _errs9 = errors;
if(!(validate12(data.labelHeaders, {instancePath:instancePath+"/labelHeaders",parentData:data,parentDataProperty:"labelHeaders",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
const _errs10 = errors;
if(!(validate12(data.notes, {instancePath:instancePath+"/notes",parentData:data,parentDataProperty:"notes",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cell !== undefined){
let data5 = data.cell;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
validate18.errors = [{instancePath:instancePath+"/cell",schemaPath:"#/definitions/field/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!((((key1 === "type") || (key1 === "constraints")) || (key1 === "unit")) || (key1 === "plausibleMaximum"))){
validate18.errors = [{instancePath:instancePath+"/cell",schemaPath:"#/definitions/field/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.type !== undefined){
let data6 = data5.type;
const _errs15 = errors;
if(!((data6 === "integer") || (data6 === "number"))){
validate18.errors = [{instancePath:instancePath+"/cell/type",schemaPath:"#/definitions/field/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.constraints !== undefined){
let data7 = data5.constraints;
const _errs16 = errors;
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
const _errs18 = errors;
for(const key2 in data7){
if(!(key2 === "minimum")){
validate18.errors = [{instancePath:instancePath+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs18 === errors){
if(data7.minimum !== undefined){
if(!(typeof data7.minimum == "number")){
validate18.errors = [{instancePath:instancePath+"/cell/constraints/minimum",schemaPath:"#/definitions/field/properties/constraints/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.unit !== undefined){
let data9 = data5.unit;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data9 === "string"){
if(func3(data9) < 1){
validate18.errors = [{instancePath:instancePath+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.plausibleMaximum !== undefined){
const _errs23 = errors;
if(!(typeof data5.plausibleMaximum == "number")){
validate18.errors = [{instancePath:instancePath+"/cell/plausibleMaximum",schemaPath:"#/definitions/field/properties/plausibleMaximum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/cell",schemaPath:"#/definitions/field/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headerGroups !== undefined){
let data11 = data.headerGroups;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data11)){
var valid6 = true;
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
const _errs27 = errors;
if(errors === _errs27){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing2;
if(((data12.key === undefined) && (missing2 = "key")) || ((data12.label === undefined) && (missing2 = "label"))){
validate18.errors = [{instancePath:instancePath+"/headerGroups/" + i0,schemaPath:"#/properties/headerGroups/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs29 = errors;
for(const key3 in data12){
if(!(((key3 === "key") || (key3 === "label")) || (key3 === "aliases"))){
validate18.errors = [{instancePath:instancePath+"/headerGroups/" + i0,schemaPath:"#/properties/headerGroups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs29 === errors){
if(data12.key !== undefined){
let data13 = data12.key;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
validate18.errors = [{instancePath:instancePath+"/headerGroups/" + i0+"/key",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/headerGroups/" + i0+"/key",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.label !== undefined){
let data14 = data12.label;
const _errs33 = errors;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data14 === "string"){
if(func3(data14) < 1){
validate18.errors = [{instancePath:instancePath+"/headerGroups/" + i0+"/label",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/headerGroups/" + i0+"/label",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.aliases !== undefined){
const _errs36 = errors;
if(!(validate12(data12.aliases, {instancePath:instancePath+"/headerGroups/" + i0+"/aliases",parentData:data12,parentDataProperty:"aliases",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/headerGroups/" + i0,schemaPath:"#/properties/headerGroups/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs27 === errors;
if(!valid6){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/headerGroups",schemaPath:"#/properties/headerGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.columns !== undefined){
let data16 = data.columns;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data16)){
if(data16.length < 1){
validate18.errors = [{instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid10 = true;
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
let data17 = data16[i1];
const _errs39 = errors;
if(errors === _errs39){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing3;
if(((data17.key === undefined) && (missing3 = "key")) || ((data17.label === undefined) && (missing3 = "label"))){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1,schemaPath:"#/properties/columns/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs41 = errors;
for(const key4 in data17){
if(!(((((key4 === "key") || (key4 === "label")) || (key4 === "aliases")) || (key4 === "groups")) || (key4 === "cell"))){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1,schemaPath:"#/properties/columns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data17.key !== undefined){
let data18 = data17.key;
const _errs42 = errors;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/key",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/key",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs42 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data17.label !== undefined){
let data19 = data17.label;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data19 === "string"){
if(func3(data19) < 1){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/label",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/label",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs45 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data17.aliases !== undefined){
const _errs48 = errors;
if(!(validate12(data17.aliases, {instancePath:instancePath+"/columns/" + i1+"/aliases",parentData:data17,parentDataProperty:"aliases",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid11 = _errs48 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data17.groups !== undefined){
let data21 = data17.groups;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data21)){
var valid14 = true;
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
const _errs51 = errors;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/groups/" + i2,schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/groups/" + i2,schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs51 === errors;
if(!valid14){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/groups",schemaPath:"#/properties/columns/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs49 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data17.cell !== undefined){
let data23 = data17.cell;
const _errs54 = errors;
const _errs55 = errors;
if(errors === _errs55){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
let missing4;
if((data23.type === undefined) && (missing4 = "type")){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell",schemaPath:"#/definitions/field/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs57 = errors;
for(const key5 in data23){
if(!((((key5 === "type") || (key5 === "constraints")) || (key5 === "unit")) || (key5 === "plausibleMaximum"))){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell",schemaPath:"#/definitions/field/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs57 === errors){
if(data23.type !== undefined){
let data24 = data23.type;
const _errs58 = errors;
if(!((data24 === "integer") || (data24 === "number"))){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell/type",schemaPath:"#/definitions/field/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs58 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data23.constraints !== undefined){
let data25 = data23.constraints;
const _errs59 = errors;
if(errors === _errs59){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
const _errs61 = errors;
for(const key6 in data25){
if(!(key6 === "minimum")){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs61 === errors){
if(data25.minimum !== undefined){
if(!(typeof data25.minimum == "number")){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell/constraints/minimum",schemaPath:"#/definitions/field/properties/constraints/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid17 = _errs59 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data23.unit !== undefined){
let data27 = data23.unit;
const _errs64 = errors;
if(errors === _errs64){
if(typeof data27 === "string"){
if(func3(data27) < 1){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs64 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data23.plausibleMaximum !== undefined){
const _errs66 = errors;
if(!(typeof data23.plausibleMaximum == "number")){
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell/plausibleMaximum",schemaPath:"#/definitions/field/properties/plausibleMaximum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid17 = _errs66 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1+"/cell",schemaPath:"#/definitions/field/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs54 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns/" + i1,schemaPath:"#/properties/columns/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs39 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rows !== undefined){
let data29 = data.rows;
const _errs68 = errors;
if(errors === _errs68){
if(Array.isArray(data29)){
if(data29.length < 1){
validate18.errors = [{instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid19 = true;
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
let data30 = data29[i3];
const _errs70 = errors;
if(errors === _errs70){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing5;
if((data30.key === undefined) && (missing5 = "key")){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3,schemaPath:"#/properties/rows/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs72 = errors;
for(const key7 in data30){
if(!(((((((key7 === "key") || (key7 === "label")) || (key7 === "aliases")) || (key7 === "parent")) || (key7 === "group")) || (key7 === "cell")) || (key7 === "zeroForIssuerLevels"))){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3,schemaPath:"#/properties/rows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs72 === errors){
if(data30.key !== undefined){
let data31 = data30.key;
const _errs73 = errors;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data31 === "string"){
if(!pattern0.test(data31)){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/key",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/key",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs73 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.label !== undefined){
let data32 = data30.label;
const _errs76 = errors;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data32 === "string"){
if(func3(data32) < 1){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/label",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/label",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs76 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.aliases !== undefined){
const _errs79 = errors;
if(!(validate12(data30.aliases, {instancePath:instancePath+"/rows/" + i3+"/aliases",parentData:data30,parentDataProperty:"aliases",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid20 = _errs79 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.parent !== undefined){
let data34 = data30.parent;
const _errs80 = errors;
const _errs81 = errors;
if(errors === _errs81){
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/parent",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/parent",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs80 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.group !== undefined){
const _errs83 = errors;
if(typeof data30.group !== "boolean"){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/group",schemaPath:"#/properties/rows/items/properties/group/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid20 = _errs83 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.cell !== undefined){
let data36 = data30.cell;
const _errs85 = errors;
const _errs86 = errors;
if(errors === _errs86){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
let missing6;
if((data36.type === undefined) && (missing6 = "type")){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell",schemaPath:"#/definitions/field/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs88 = errors;
for(const key8 in data36){
if(!((((key8 === "type") || (key8 === "constraints")) || (key8 === "unit")) || (key8 === "plausibleMaximum"))){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell",schemaPath:"#/definitions/field/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs88 === errors){
if(data36.type !== undefined){
let data37 = data36.type;
const _errs89 = errors;
if(!((data37 === "integer") || (data37 === "number"))){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell/type",schemaPath:"#/definitions/field/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid25 = _errs89 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data36.constraints !== undefined){
let data38 = data36.constraints;
const _errs90 = errors;
if(errors === _errs90){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
const _errs92 = errors;
for(const key9 in data38){
if(!(key9 === "minimum")){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs92 === errors){
if(data38.minimum !== undefined){
if(!(typeof data38.minimum == "number")){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell/constraints/minimum",schemaPath:"#/definitions/field/properties/constraints/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid25 = _errs90 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data36.unit !== undefined){
let data40 = data36.unit;
const _errs95 = errors;
if(errors === _errs95){
if(typeof data40 === "string"){
if(func3(data40) < 1){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid25 = _errs95 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data36.plausibleMaximum !== undefined){
const _errs97 = errors;
if(!(typeof data36.plausibleMaximum == "number")){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell/plausibleMaximum",schemaPath:"#/definitions/field/properties/plausibleMaximum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid25 = _errs97 === errors;
}
else {
var valid25 = true;
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/cell",schemaPath:"#/definitions/field/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid20 = _errs85 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data30.zeroForIssuerLevels !== undefined){
let data42 = data30.zeroForIssuerLevels;
const _errs99 = errors;
if(errors === _errs99){
if(Array.isArray(data42)){
var valid27 = true;
const len4 = data42.length;
for(let i4=0; i4<len4; i4++){
let data43 = data42[i4];
const _errs101 = errors;
const _errs102 = errors;
if(errors === _errs102){
if(typeof data43 === "string"){
if(!pattern0.test(data43)){
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/zeroForIssuerLevels/" + i4,schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/zeroForIssuerLevels/" + i4,schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs101 === errors;
if(!valid27){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3+"/zeroForIssuerLevels",schemaPath:"#/properties/rows/items/properties/zeroForIssuerLevels/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid20 = _errs99 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows/" + i3,schemaPath:"#/properties/rows/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs70 === errors;
if(!valid19){
break;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

const schema49 = {"type":"object","additionalProperties":false,"required":["id","name","explain","each","assert"],"properties":{"id":{"type":"string","minLength":1},"rule":{"enum":["arithmetic","plausibility"]},"name":{"$ref":"#/definitions/localized"},"explain":{"$ref":"#/definitions/localized"},"block":{"$ref":"#/definitions/key"},"each":{"enum":["column","row"]},"over":{"type":"array","items":{"$ref":"#/definitions/key"}},"assert":{"type":"string","minLength":1,"description":"`target op expression`: the target identifier's cell carries the diagnostic and, for ==, receives the computed value. op is one of == <= >= < >."},"when":{"type":"string","minLength":1},"tolerance":{"type":"number","minimum":0}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.explain === undefined) && (missing0 = "explain"))) || ((data.each === undefined) && (missing0 = "each"))) || ((data.assert === undefined) && (missing0 = "assert"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema49.properties, key0))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func3(data0) < 1){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rule !== undefined){
let data1 = data.rule;
const _errs4 = errors;
if(!((data1 === "arithmetic") || (data1 === "plausibility"))){
validate26.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/enum",keyword:"enum",params:{allowedValues: schema49.properties.rule.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.zh === undefined) && (missing1 = "zh")) || ((data2.en === undefined) && (missing1 = "en"))){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!((key1 === "zh") || (key1 === "en"))){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.zh !== undefined){
let data3 = data2.zh;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func3(data3) < 1){
validate26.errors = [{instancePath:instancePath+"/name/zh",schemaPath:"#/definitions/localized/properties/zh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/name/zh",schemaPath:"#/definitions/localized/properties/zh/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.en !== undefined){
let data4 = data2.en;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func3(data4) < 1){
validate26.errors = [{instancePath:instancePath+"/name/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/name/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.explain !== undefined){
let data5 = data.explain;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if(((data5.zh === undefined) && (missing2 = "zh")) || ((data5.en === undefined) && (missing2 = "en"))){
validate26.errors = [{instancePath:instancePath+"/explain",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key2 in data5){
if(!((key2 === "zh") || (key2 === "en"))){
validate26.errors = [{instancePath:instancePath+"/explain",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data5.zh !== undefined){
let data6 = data5.zh;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func3(data6) < 1){
validate26.errors = [{instancePath:instancePath+"/explain/zh",schemaPath:"#/definitions/localized/properties/zh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/explain/zh",schemaPath:"#/definitions/localized/properties/zh/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.en !== undefined){
let data7 = data5.en;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data7 === "string"){
if(func3(data7) < 1){
validate26.errors = [{instancePath:instancePath+"/explain/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/explain/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/explain",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.block !== undefined){
let data8 = data.block;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
validate26.errors = [{instancePath:instancePath+"/block",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/block",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.each !== undefined){
let data9 = data.each;
const _errs24 = errors;
if(!((data9 === "column") || (data9 === "row"))){
validate26.errors = [{instancePath:instancePath+"/each",schemaPath:"#/properties/each/enum",keyword:"enum",params:{allowedValues: schema49.properties.each.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.over !== undefined){
let data10 = data.over;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data10)){
var valid6 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
validate26.errors = [{instancePath:instancePath+"/over/" + i0,schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/over/" + i0,schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs27 === errors;
if(!valid6){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/over",schemaPath:"#/properties/over/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.assert !== undefined){
let data12 = data.assert;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data12 === "string"){
if(func3(data12) < 1){
validate26.errors = [{instancePath:instancePath+"/assert",schemaPath:"#/properties/assert/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/assert",schemaPath:"#/properties/assert/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.when !== undefined){
let data13 = data.when;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data13 === "string"){
if(func3(data13) < 1){
validate26.errors = [{instancePath:instancePath+"/when",schemaPath:"#/properties/when/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tolerance !== undefined){
let data14 = data.tolerance;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
validate26.errors = [{instancePath:instancePath+"/tolerance",schemaPath:"#/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/tolerance",schemaPath:"#/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.title === undefined) && (missing0 = "title"))) || ((data.section === undefined) && (missing0 = "section"))) || ((data.blocks === undefined) && (missing0 = "blocks"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "title")) || (key0 === "section")) || (key0 === "required")) || (key0 === "cell")) || (key0 === "blocks")) || (key0 === "relations"))){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate17.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.zh === undefined) && (missing1 = "zh")) || ((data1.en === undefined) && (missing1 = "en"))){
validate17.errors = [{instancePath:instancePath+"/title",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data1){
if(!((key1 === "zh") || (key1 === "en"))){
validate17.errors = [{instancePath:instancePath+"/title",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data1.zh !== undefined){
let data2 = data1.zh;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func3(data2) < 1){
validate17.errors = [{instancePath:instancePath+"/title/zh",schemaPath:"#/definitions/localized/properties/zh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/title/zh",schemaPath:"#/definitions/localized/properties/zh/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.en !== undefined){
let data3 = data1.en;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func3(data3) < 1){
validate17.errors = [{instancePath:instancePath+"/title/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/title/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/title",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.section !== undefined){
let data4 = data.section;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate17.errors = [{instancePath:instancePath+"/section",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/section",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.required !== undefined){
const _errs16 = errors;
if(typeof data.required !== "boolean"){
validate17.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cell !== undefined){
let data6 = data.cell;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.type === undefined) && (missing2 = "type")){
validate17.errors = [{instancePath:instancePath+"/cell",schemaPath:"#/definitions/field/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key2 in data6){
if(!((((key2 === "type") || (key2 === "constraints")) || (key2 === "unit")) || (key2 === "plausibleMaximum"))){
validate17.errors = [{instancePath:instancePath+"/cell",schemaPath:"#/definitions/field/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data6.type !== undefined){
let data7 = data6.type;
const _errs22 = errors;
if(!((data7 === "integer") || (data7 === "number"))){
validate17.errors = [{instancePath:instancePath+"/cell/type",schemaPath:"#/definitions/field/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.constraints !== undefined){
let data8 = data6.constraints;
const _errs23 = errors;
if(errors === _errs23){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs25 = errors;
for(const key3 in data8){
if(!(key3 === "minimum")){
validate17.errors = [{instancePath:instancePath+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data8.minimum !== undefined){
if(!(typeof data8.minimum == "number")){
validate17.errors = [{instancePath:instancePath+"/cell/constraints/minimum",schemaPath:"#/definitions/field/properties/constraints/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/cell/constraints",schemaPath:"#/definitions/field/properties/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.unit !== undefined){
let data10 = data6.unit;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data10 === "string"){
if(func3(data10) < 1){
validate17.errors = [{instancePath:instancePath+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/cell/unit",schemaPath:"#/definitions/field/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.plausibleMaximum !== undefined){
const _errs30 = errors;
if(!(typeof data6.plausibleMaximum == "number")){
validate17.errors = [{instancePath:instancePath+"/cell/plausibleMaximum",schemaPath:"#/definitions/field/properties/plausibleMaximum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/cell",schemaPath:"#/definitions/field/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blocks !== undefined){
let data12 = data.blocks;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data12)){
if(data12.length < 1){
validate17.errors = [{instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
const _errs34 = errors;
if(!(validate18(data12[i0], {instancePath:instancePath+"/blocks/" + i0,parentData:data12,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var valid8 = _errs34 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.relations !== undefined){
let data14 = data.relations;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data14)){
var valid9 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
const _errs37 = errors;
if(!(validate26(data14[i1], {instancePath:instancePath+"/relations/" + i1,parentData:data14,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid9 = _errs37 === errors;
if(!valid9){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/relations",schemaPath:"#/properties/relations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://reportlint.dev/schemas/profile.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.sections === undefined) && (missing0 = "sections"))) || ((data.tables === undefined) && (missing0 = "tables"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extends !== undefined){
let data2 = data.extends;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate10.errors = [{instancePath:instancePath+"/extends",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/extends",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data3 = data.name;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.zh === undefined) && (missing1 = "zh")) || ((data3.en === undefined) && (missing1 = "en"))){
validate10.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data3){
if(!((key1 === "zh") || (key1 === "en"))){
validate10.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data3.zh !== undefined){
let data4 = data3.zh;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(func3(data4) < 1){
validate10.errors = [{instancePath:instancePath+"/name/zh",schemaPath:"#/definitions/localized/properties/zh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/name/zh",schemaPath:"#/definitions/localized/properties/zh/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.en !== undefined){
let data5 = data3.en;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(func3(data5) < 1){
validate10.errors = [{instancePath:instancePath+"/name/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/name/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.basis !== undefined){
const _errs18 = errors;
if(typeof data.basis !== "string"){
validate10.errors = [{instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.years !== undefined){
let data7 = data.years;
const _errs20 = errors;
if(errors === _errs20){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
const _errs22 = errors;
for(const key2 in data7){
if(!((key2 === "from") || (key2 === "to"))){
validate10.errors = [{instancePath:instancePath+"/years",schemaPath:"#/properties/years/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data7.from !== undefined){
let data8 = data7.from;
const _errs23 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
validate10.errors = [{instancePath:instancePath+"/years/from",schemaPath:"#/properties/years/properties/from/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.to !== undefined){
let data9 = data7.to;
const _errs25 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
validate10.errors = [{instancePath:instancePath+"/years/to",schemaPath:"#/properties/years/properties/to/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/years",schemaPath:"#/properties/years/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.detect !== undefined){
let data10 = data.detect;
const _errs27 = errors;
if(errors === _errs27){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if((data10.signals === undefined) && (missing2 = "signals")){
validate10.errors = [{instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs29 = errors;
for(const key3 in data10){
if(!(key3 === "signals")){
validate10.errors = [{instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs29 === errors){
if(data10.signals !== undefined){
let data11 = data10.signals;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data11)){
var valid7 = true;
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
const _errs32 = errors;
if(errors === _errs32){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if((data12.label === undefined) && (missing3 = "label")){
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0,schemaPath:"#/properties/detect/properties/signals/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key4 in data12){
if(!(((key4 === "label") || (key4 === "next")) || (key4 === "table"))){
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0,schemaPath:"#/properties/detect/properties/signals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data12.label !== undefined){
let data13 = data12.label;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(func3(data13) < 1){
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0+"/label",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0+"/label",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs35 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.next !== undefined){
let data14 = data12.next;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data14 === "string"){
if(func3(data14) < 1){
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0+"/next",schemaPath:"#/definitions/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0+"/next",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.table !== undefined){
let data15 = data12.table;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0+"/table",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0+"/table",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/detect/signals/" + i0,schemaPath:"#/properties/detect/properties/signals/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs32 === errors;
if(!valid7){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/detect/signals",schemaPath:"#/properties/detect/properties/signals/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issuerLevels !== undefined){
let data16 = data.issuerLevels;
const _errs44 = errors;
if(errors === _errs44){
if(Array.isArray(data16)){
var valid12 = true;
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
let data17 = data16[i1];
const _errs46 = errors;
if(errors === _errs46){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing4;
if((((data17.level === undefined) && (missing4 = "level")) || ((data17.name === undefined) && (missing4 = "name"))) || ((data17.patterns === undefined) && (missing4 = "patterns"))){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1,schemaPath:"#/properties/issuerLevels/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs48 = errors;
for(const key5 in data17){
if(!(((key5 === "level") || (key5 === "name")) || (key5 === "patterns"))){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1,schemaPath:"#/properties/issuerLevels/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data17.level !== undefined){
let data18 = data17.level;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/level",schemaPath:"#/definitions/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/level",schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs49 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data17.name !== undefined){
let data19 = data17.name;
const _errs52 = errors;
const _errs53 = errors;
if(errors === _errs53){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing5;
if(((data19.zh === undefined) && (missing5 = "zh")) || ((data19.en === undefined) && (missing5 = "en"))){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/name",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs55 = errors;
for(const key6 in data19){
if(!((key6 === "zh") || (key6 === "en"))){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/name",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs55 === errors){
if(data19.zh !== undefined){
let data20 = data19.zh;
const _errs56 = errors;
if(errors === _errs56){
if(typeof data20 === "string"){
if(func3(data20) < 1){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/name/zh",schemaPath:"#/definitions/localized/properties/zh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/name/zh",schemaPath:"#/definitions/localized/properties/zh/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs56 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data19.en !== undefined){
let data21 = data19.en;
const _errs58 = errors;
if(errors === _errs58){
if(typeof data21 === "string"){
if(func3(data21) < 1){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/name/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/name/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs58 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/name",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs52 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data17.patterns !== undefined){
let data22 = data17.patterns;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data22)){
if(data22.length < 1){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/patterns",schemaPath:"#/properties/issuerLevels/items/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
const _errs62 = errors;
if(errors === _errs62){
if(typeof data23 === "string"){
if(func3(data23) < 1){
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/patterns/" + i2,schemaPath:"#/properties/issuerLevels/items/properties/patterns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/patterns/" + i2,schemaPath:"#/properties/issuerLevels/items/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs62 === errors;
if(!valid17){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1+"/patterns",schemaPath:"#/properties/issuerLevels/items/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid13 = _errs60 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels/" + i1,schemaPath:"#/properties/issuerLevels/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs46 === errors;
if(!valid12){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/issuerLevels",schemaPath:"#/properties/issuerLevels/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sections !== undefined){
let data24 = data.sections;
const _errs64 = errors;
if(errors === _errs64){
if(Array.isArray(data24)){
var valid18 = true;
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
const _errs66 = errors;
if(!(validate11(data24[i3], {instancePath:instancePath+"/sections/" + i3,parentData:data24,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid18 = _errs66 === errors;
if(!valid18){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tables !== undefined){
let data26 = data.tables;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data26)){
var valid19 = true;
const len4 = data26.length;
for(let i4=0; i4<len4; i4++){
const _errs69 = errors;
if(!(validate17(data26[i4], {instancePath:instancePath+"/tables/" + i4,parentData:data26,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
var valid19 = _errs69 === errors;
if(!valid19){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
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
