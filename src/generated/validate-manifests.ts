// Generated from src/render/output-schemas.ts by `npm run gen`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validateAtlasMigration = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","definitions":{"objectName":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"keySelector":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"$ref":"#/definitions/objectName"},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}},"secretSource":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"$ref":"#/definitions/keySelector"}}}},"type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"const":"db.atlasgo.io/v1alpha1"},"kind":{"const":"AtlasMigration"},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50},"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"labels":{"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string"}}}},"spec":{"type":"object","additionalProperties":false,"required":["dir"],"properties":{"url":{"type":"string"},"urlFrom":{"$ref":"#/definitions/secretSource"},"credentials":{"type":"object","additionalProperties":false,"properties":{"scheme":{"type":"string"},"user":{"type":"string"},"userFrom":{"$ref":"#/definitions/secretSource"},"password":{"type":"string"},"passwordFrom":{"$ref":"#/definitions/secretSource"},"host":{"type":"string"},"hostFrom":{"$ref":"#/definitions/secretSource"},"port":{"type":"integer"},"database":{"type":"string"},"parameters":{"type":"object","additionalProperties":{"type":"string"}}}},"cloud":{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string"},"project":{"type":"string"},"tokenFrom":{"$ref":"#/definitions/secretSource"}}},"dir":{"type":"object","additionalProperties":false,"properties":{"configMapRef":{"type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/definitions/objectName"}}},"remote":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"tag":{"type":"string"}}},"local":{"type":"object","additionalProperties":{"type":"string"}}}},"envName":{"type":"string"},"devURL":{"type":"string"},"devURLFrom":{"$ref":"#/definitions/secretSource"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"baseline":{"type":"string"},"revisionsSchema":{"type":"string"},"protectedFlows":{"type":"object","additionalProperties":false,"properties":{"migrateDown":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"boolean"},"autoApprove":{"type":"boolean"}}}}},"backoffLimit":{"type":"integer"},"config":{"type":"string"},"configFrom":{"$ref":"#/definitions/secretSource"},"vars":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"$ref":"#/definitions/keySelector"},"configMapKeyRef":{"$ref":"#/definitions/keySelector"}}}}}}}}}};
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
const pattern2 = new RegExp("^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
const pattern3 = new RegExp("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", "u");
const func2 = Object.prototype.hasOwnProperty;
const schema7 = {"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"$ref":"#/definitions/keySelector"}}};
const schema8 = {"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"$ref":"#/definitions/objectName"},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}};
const schema9 = {"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253};
const pattern5 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(data.length > 253){
validate24.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 253}}];
return false;
}
else {
if(!pattern5.test(data)){
validate24.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}}];
return false;
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

const pattern6 = new RegExp("^[-._a-zA-Z0-9]+$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.key === undefined) && (missing0 = "key")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "key")) || (key0 === "optional"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(!(validate24(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate24.errors : appendErrors(vErrors, validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.key !== undefined){
let data1 = data.key;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 253){
validate23.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 253}}];
return false;
}
else {
if(!pattern6.test(data1)){
validate23.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"}}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.optional !== undefined){
const _errs5 = errors;
if(typeof data.optional !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs5 === errors;
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "secretKeyRef")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.secretKeyRef !== undefined){
if(!(validate23(data.secretKeyRef, {instancePath:instancePath+"/secretKeyRef",parentData:data,parentDataProperty:"secretKeyRef",rootData}))){
vErrors = vErrors === null ? validate23.errors : appendErrors(vErrors, validate23.errors);
errors = vErrors.length;
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.metadata === undefined) && (missing0 = "metadata"))) || ((data.spec === undefined) && (missing0 = "spec"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiVersion !== undefined){
const _errs2 = errors;
if("db.atlasgo.io/v1alpha1" !== data.apiVersion){
validate21.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "db.atlasgo.io/v1alpha1"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
const _errs3 = errors;
if("AtlasMigration" !== data.kind){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AtlasMigration"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(errors === _errs4){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.name === undefined) && (missing1 = "name")){
validate21.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "namespace")) || (key1 === "labels")) || (key1 === "annotations"))){
validate21.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs6 === errors){
if(data2.name !== undefined){
let data3 = data2.name;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(data3.length > 50){
validate21.errors = [{instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 50}}];
return false;
}
else {
if(!pattern0.test(data3)){
validate21.errors = [{instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.namespace !== undefined){
let data4 = data2.namespace;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(data4.length > 63){
validate21.errors = [{instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63}}];
return false;
}
else {
if(!pattern0.test(data4)){
validate21.errors = [{instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.labels !== undefined){
let data5 = data2.labels;
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs13 = errors;
if(typeof key2 === "string"){
if(key2.length > 317){
const err0 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},propertyName:key2};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!pattern2.test(key2)){
const err1 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},propertyName:key2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var valid2 = _errs13 === errors;
if(!valid2){
const err2 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate21.errors = vErrors;
return false;
break;
}
}
if(valid2){
for(const key3 in data5){
let data6 = data5[key3];
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(data6.length > 63){
validate21.errors = [{instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63}}];
return false;
}
else {
if(!pattern3.test(data6)){
validate21.errors = [{instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.annotations !== undefined){
let data7 = data2.annotations;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
const _errs19 = errors;
if(typeof key4 === "string"){
if(key4.length > 317){
const err3 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},propertyName:key4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(!pattern2.test(key4)){
const err4 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},propertyName:key4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var valid4 = _errs19 === errors;
if(!valid4){
const err5 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key4}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
break;
}
}
if(valid4){
for(const key5 in data7){
const _errs21 = errors;
if(typeof data7[key5] !== "string"){
validate21.errors = [{instancePath:instancePath+"/metadata/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spec !== undefined){
let data9 = data.spec;
const _errs23 = errors;
if(errors === _errs23){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if((data9.dir === undefined) && (missing2 = "dir")){
validate21.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs25 = errors;
for(const key6 in data9){
if(!(func2.call(schema6.properties.spec.properties, key6))){
validate21.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
return false;
break;
}
}
if(_errs25 === errors){
if(data9.url !== undefined){
const _errs26 = errors;
if(typeof data9.url !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/url",schemaPath:"#/properties/spec/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.urlFrom !== undefined){
const _errs28 = errors;
if(!(validate22(data9.urlFrom, {instancePath:instancePath+"/spec/urlFrom",parentData:data9,parentDataProperty:"urlFrom",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.credentials !== undefined){
let data12 = data9.credentials;
const _errs29 = errors;
if(errors === _errs29){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
const _errs31 = errors;
for(const key7 in data12){
if(!(func2.call(schema6.properties.spec.properties.credentials.properties, key7))){
validate21.errors = [{instancePath:instancePath+"/spec/credentials",schemaPath:"#/properties/spec/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
return false;
break;
}
}
if(_errs31 === errors){
if(data12.scheme !== undefined){
const _errs32 = errors;
if(typeof data12.scheme !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/credentials/scheme",schemaPath:"#/properties/spec/properties/credentials/properties/scheme/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.user !== undefined){
const _errs34 = errors;
if(typeof data12.user !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/credentials/user",schemaPath:"#/properties/spec/properties/credentials/properties/user/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.userFrom !== undefined){
const _errs36 = errors;
if(!(validate22(data12.userFrom, {instancePath:instancePath+"/spec/credentials/userFrom",parentData:data12,parentDataProperty:"userFrom",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.password !== undefined){
const _errs37 = errors;
if(typeof data12.password !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/credentials/password",schemaPath:"#/properties/spec/properties/credentials/properties/password/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.passwordFrom !== undefined){
const _errs39 = errors;
if(!(validate22(data12.passwordFrom, {instancePath:instancePath+"/spec/credentials/passwordFrom",parentData:data12,parentDataProperty:"passwordFrom",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.host !== undefined){
const _errs40 = errors;
if(typeof data12.host !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/credentials/host",schemaPath:"#/properties/spec/properties/credentials/properties/host/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs40 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.hostFrom !== undefined){
const _errs42 = errors;
if(!(validate22(data12.hostFrom, {instancePath:instancePath+"/spec/credentials/hostFrom",parentData:data12,parentDataProperty:"hostFrom",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
var valid7 = _errs42 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.port !== undefined){
let data20 = data12.port;
const _errs43 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate21.errors = [{instancePath:instancePath+"/spec/credentials/port",schemaPath:"#/properties/spec/properties/credentials/properties/port/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.database !== undefined){
const _errs45 = errors;
if(typeof data12.database !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/credentials/database",schemaPath:"#/properties/spec/properties/credentials/properties/database/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs45 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.parameters !== undefined){
let data22 = data12.parameters;
const _errs47 = errors;
if(errors === _errs47){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key8 in data22){
const _errs50 = errors;
if(typeof data22[key8] !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/credentials/parameters/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/credentials/properties/parameters/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs50 === errors;
if(!valid8){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/credentials/parameters",schemaPath:"#/properties/spec/properties/credentials/properties/parameters/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs47 === errors;
}
else {
var valid7 = true;
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
validate21.errors = [{instancePath:instancePath+"/spec/credentials",schemaPath:"#/properties/spec/properties/credentials/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.cloud !== undefined){
let data24 = data9.cloud;
const _errs52 = errors;
if(errors === _errs52){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
const _errs54 = errors;
for(const key9 in data24){
if(!(((key9 === "url") || (key9 === "project")) || (key9 === "tokenFrom"))){
validate21.errors = [{instancePath:instancePath+"/spec/cloud",schemaPath:"#/properties/spec/properties/cloud/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}}];
return false;
break;
}
}
if(_errs54 === errors){
if(data24.url !== undefined){
const _errs55 = errors;
if(typeof data24.url !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/cloud/url",schemaPath:"#/properties/spec/properties/cloud/properties/url/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs55 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data24.project !== undefined){
const _errs57 = errors;
if(typeof data24.project !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/cloud/project",schemaPath:"#/properties/spec/properties/cloud/properties/project/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs57 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data24.tokenFrom !== undefined){
const _errs59 = errors;
if(!(validate22(data24.tokenFrom, {instancePath:instancePath+"/spec/cloud/tokenFrom",parentData:data24,parentDataProperty:"tokenFrom",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
var valid9 = _errs59 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/cloud",schemaPath:"#/properties/spec/properties/cloud/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid6 = _errs52 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.dir !== undefined){
let data28 = data9.dir;
const _errs60 = errors;
if(errors === _errs60){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
const _errs62 = errors;
for(const key10 in data28){
if(!(((key10 === "configMapRef") || (key10 === "remote")) || (key10 === "local"))){
validate21.errors = [{instancePath:instancePath+"/spec/dir",schemaPath:"#/properties/spec/properties/dir/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}}];
return false;
break;
}
}
if(_errs62 === errors){
if(data28.configMapRef !== undefined){
let data29 = data28.configMapRef;
const _errs63 = errors;
if(errors === _errs63){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
const _errs65 = errors;
for(const key11 in data29){
if(!(key11 === "name")){
validate21.errors = [{instancePath:instancePath+"/spec/dir/configMapRef",schemaPath:"#/properties/spec/properties/dir/properties/configMapRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}}];
return false;
break;
}
}
if(_errs65 === errors){
if(data29.name !== undefined){
if(!(validate24(data29.name, {instancePath:instancePath+"/spec/dir/configMapRef/name",parentData:data29,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate24.errors : appendErrors(vErrors, validate24.errors);
errors = vErrors.length;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/dir/configMapRef",schemaPath:"#/properties/spec/properties/dir/properties/configMapRef/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid10 = _errs63 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data28.remote !== undefined){
let data31 = data28.remote;
const _errs67 = errors;
if(errors === _errs67){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
const _errs69 = errors;
for(const key12 in data31){
if(!((key12 === "name") || (key12 === "tag"))){
validate21.errors = [{instancePath:instancePath+"/spec/dir/remote",schemaPath:"#/properties/spec/properties/dir/properties/remote/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}}];
return false;
break;
}
}
if(_errs69 === errors){
if(data31.name !== undefined){
const _errs70 = errors;
if(typeof data31.name !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/dir/remote/name",schemaPath:"#/properties/spec/properties/dir/properties/remote/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs70 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data31.tag !== undefined){
const _errs72 = errors;
if(typeof data31.tag !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/dir/remote/tag",schemaPath:"#/properties/spec/properties/dir/properties/remote/properties/tag/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs72 === errors;
}
else {
var valid12 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/dir/remote",schemaPath:"#/properties/spec/properties/dir/properties/remote/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid10 = _errs67 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data28.local !== undefined){
let data34 = data28.local;
const _errs74 = errors;
if(errors === _errs74){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key13 in data34){
const _errs77 = errors;
if(typeof data34[key13] !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/dir/local/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/dir/properties/local/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid13 = _errs77 === errors;
if(!valid13){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/dir/local",schemaPath:"#/properties/spec/properties/dir/properties/local/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid10 = _errs74 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/dir",schemaPath:"#/properties/spec/properties/dir/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid6 = _errs60 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.envName !== undefined){
const _errs79 = errors;
if(typeof data9.envName !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/envName",schemaPath:"#/properties/spec/properties/envName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs79 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.devURL !== undefined){
const _errs81 = errors;
if(typeof data9.devURL !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/devURL",schemaPath:"#/properties/spec/properties/devURL/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs81 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.devURLFrom !== undefined){
const _errs83 = errors;
if(!(validate22(data9.devURLFrom, {instancePath:instancePath+"/spec/devURLFrom",parentData:data9,parentDataProperty:"devURLFrom",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
var valid6 = _errs83 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.execOrder !== undefined){
let data39 = data9.execOrder;
const _errs84 = errors;
if(!(((data39 === "linear") || (data39 === "linear-skip")) || (data39 === "non-linear"))){
validate21.errors = [{instancePath:instancePath+"/spec/execOrder",schemaPath:"#/properties/spec/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema6.properties.spec.properties.execOrder.enum}}];
return false;
}
var valid6 = _errs84 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.baseline !== undefined){
const _errs85 = errors;
if(typeof data9.baseline !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/baseline",schemaPath:"#/properties/spec/properties/baseline/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs85 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.revisionsSchema !== undefined){
const _errs87 = errors;
if(typeof data9.revisionsSchema !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/revisionsSchema",schemaPath:"#/properties/spec/properties/revisionsSchema/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs87 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.protectedFlows !== undefined){
let data42 = data9.protectedFlows;
const _errs89 = errors;
if(errors === _errs89){
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
const _errs91 = errors;
for(const key14 in data42){
if(!(key14 === "migrateDown")){
validate21.errors = [{instancePath:instancePath+"/spec/protectedFlows",schemaPath:"#/properties/spec/properties/protectedFlows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}}];
return false;
break;
}
}
if(_errs91 === errors){
if(data42.migrateDown !== undefined){
let data43 = data42.migrateDown;
const _errs92 = errors;
if(errors === _errs92){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
const _errs94 = errors;
for(const key15 in data43){
if(!((key15 === "allow") || (key15 === "autoApprove"))){
validate21.errors = [{instancePath:instancePath+"/spec/protectedFlows/migrateDown",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15}}];
return false;
break;
}
}
if(_errs94 === errors){
if(data43.allow !== undefined){
const _errs95 = errors;
if(typeof data43.allow !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/spec/protectedFlows/migrateDown/allow",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/properties/allow/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid15 = _errs95 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data43.autoApprove !== undefined){
const _errs97 = errors;
if(typeof data43.autoApprove !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/spec/protectedFlows/migrateDown/autoApprove",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/properties/autoApprove/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid15 = _errs97 === errors;
}
else {
var valid15 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/protectedFlows/migrateDown",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/protectedFlows",schemaPath:"#/properties/spec/properties/protectedFlows/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid6 = _errs89 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.backoffLimit !== undefined){
let data46 = data9.backoffLimit;
const _errs99 = errors;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
validate21.errors = [{instancePath:instancePath+"/spec/backoffLimit",schemaPath:"#/properties/spec/properties/backoffLimit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid6 = _errs99 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.config !== undefined){
const _errs101 = errors;
if(typeof data9.config !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/config",schemaPath:"#/properties/spec/properties/config/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs101 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.configFrom !== undefined){
const _errs103 = errors;
if(!(validate22(data9.configFrom, {instancePath:instancePath+"/spec/configFrom",parentData:data9,parentDataProperty:"configFrom",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
var valid6 = _errs103 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.vars !== undefined){
let data49 = data9.vars;
const _errs104 = errors;
if(errors === _errs104){
if(Array.isArray(data49)){
var valid16 = true;
const len0 = data49.length;
for(let i0=0; i0<len0; i0++){
let data50 = data49[i0];
const _errs106 = errors;
if(errors === _errs106){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
const _errs108 = errors;
for(const key16 in data50){
if(!(((key16 === "key") || (key16 === "value")) || (key16 === "valueFrom"))){
validate21.errors = [{instancePath:instancePath+"/spec/vars/" + i0,schemaPath:"#/properties/spec/properties/vars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16}}];
return false;
break;
}
}
if(_errs108 === errors){
if(data50.key !== undefined){
const _errs109 = errors;
if(typeof data50.key !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/vars/" + i0+"/key",schemaPath:"#/properties/spec/properties/vars/items/properties/key/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid17 = _errs109 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data50.value !== undefined){
const _errs111 = errors;
if(typeof data50.value !== "string"){
validate21.errors = [{instancePath:instancePath+"/spec/vars/" + i0+"/value",schemaPath:"#/properties/spec/properties/vars/items/properties/value/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid17 = _errs111 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data50.valueFrom !== undefined){
let data53 = data50.valueFrom;
const _errs113 = errors;
if(errors === _errs113){
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
const _errs115 = errors;
for(const key17 in data53){
if(!((key17 === "secretKeyRef") || (key17 === "configMapKeyRef"))){
validate21.errors = [{instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17}}];
return false;
break;
}
}
if(_errs115 === errors){
if(data53.secretKeyRef !== undefined){
const _errs116 = errors;
if(!(validate23(data53.secretKeyRef, {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef",parentData:data53,parentDataProperty:"secretKeyRef",rootData}))){
vErrors = vErrors === null ? validate23.errors : appendErrors(vErrors, validate23.errors);
errors = vErrors.length;
}
var valid18 = _errs116 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data53.configMapKeyRef !== undefined){
const _errs117 = errors;
if(!(validate23(data53.configMapKeyRef, {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef",parentData:data53,parentDataProperty:"configMapKeyRef",rootData}))){
vErrors = vErrors === null ? validate23.errors : appendErrors(vErrors, validate23.errors);
errors = vErrors.length;
}
var valid18 = _errs117 === errors;
}
else {
var valid18 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid17 = _errs113 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/vars/" + i0,schemaPath:"#/properties/spec/properties/vars/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs106 === errors;
if(!valid16){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/spec/vars",schemaPath:"#/properties/spec/properties/vars/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid6 = _errs104 === errors;
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
validate21.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs23 === errors;
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
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateConfigMap = validate37;
const schema10 = {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","data"],"properties":{"apiVersion":{"const":"v1"},"kind":{"const":"ConfigMap"},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"labels":{"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string"}}}},"immutable":{"type":"boolean"},"data":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^(?!\\.\\.)(?!\\.$)[-._a-zA-Z0-9]+$","maxLength":253},"additionalProperties":{"type":"string"}}}};
const pattern12 = new RegExp("^(?!\\.\\.)(?!\\.$)[-._a-zA-Z0-9]+$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.metadata === undefined) && (missing0 = "metadata"))) || ((data.data === undefined) && (missing0 = "data"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "immutable")) || (key0 === "data"))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiVersion !== undefined){
const _errs2 = errors;
if("v1" !== data.apiVersion){
validate37.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "v1"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
const _errs3 = errors;
if("ConfigMap" !== data.kind){
validate37.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ConfigMap"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(errors === _errs4){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.name === undefined) && (missing1 = "name")){
validate37.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "namespace")) || (key1 === "labels")) || (key1 === "annotations"))){
validate37.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs6 === errors){
if(data2.name !== undefined){
let data3 = data2.name;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(data3.length > 253){
validate37.errors = [{instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}}];
return false;
}
else {
if(!pattern5.test(data3)){
validate37.errors = [{instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.namespace !== undefined){
let data4 = data2.namespace;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(data4.length > 63){
validate37.errors = [{instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63}}];
return false;
}
else {
if(!pattern0.test(data4)){
validate37.errors = [{instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.labels !== undefined){
let data5 = data2.labels;
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs13 = errors;
if(typeof key2 === "string"){
if(key2.length > 317){
const err0 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},propertyName:key2};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!pattern2.test(key2)){
const err1 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},propertyName:key2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var valid2 = _errs13 === errors;
if(!valid2){
const err2 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate37.errors = vErrors;
return false;
break;
}
}
if(valid2){
for(const key3 in data5){
let data6 = data5[key3];
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(data6.length > 63){
validate37.errors = [{instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63}}];
return false;
}
else {
if(!pattern3.test(data6)){
validate37.errors = [{instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"}}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.annotations !== undefined){
let data7 = data2.annotations;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
const _errs19 = errors;
if(typeof key4 === "string"){
if(key4.length > 317){
const err3 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},propertyName:key4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(!pattern2.test(key4)){
const err4 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},propertyName:key4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var valid4 = _errs19 === errors;
if(!valid4){
const err5 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key4}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate37.errors = vErrors;
return false;
break;
}
}
if(valid4){
for(const key5 in data7){
const _errs21 = errors;
if(typeof data7[key5] !== "string"){
validate37.errors = [{instancePath:instancePath+"/metadata/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.immutable !== undefined){
const _errs23 = errors;
if(typeof data.immutable !== "boolean"){
validate37.errors = [{instancePath:instancePath+"/immutable",schemaPath:"#/properties/immutable/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data10 = data.data;
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
validate37.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key6 in data10){
const _errs27 = errors;
if(typeof key6 === "string"){
if(key6.length > 253){
const err6 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/propertyNames/maxLength",keyword:"maxLength",params:{limit: 253},propertyName:key6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(!pattern12.test(key6)){
const err7 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.)(?!\\.$)[-._a-zA-Z0-9]+$"},propertyName:key6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var valid6 = _errs27 === errors;
if(!valid6){
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/propertyNames",keyword:"propertyNames",params:{propertyName: key6}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate37.errors = vErrors;
return false;
break;
}
}
if(valid6){
for(const key7 in data10){
const _errs29 = errors;
if(typeof data10[key7] !== "string"){
validate37.errors = [{instancePath:instancePath+"/data/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/data/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs29 === errors;
if(!valid7){
break;
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs25 === errors;
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
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

function appendErrors(list, more) { for (const e of more) list.push(e); return list; }
