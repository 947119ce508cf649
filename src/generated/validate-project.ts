// Generated from src/project/schema.ts by `npm run gen`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validateProject = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/argocd-atlas/argocd-atlas/v0.1.0/schema/atlas.project.schema.json","type":"object","additionalProperties":false,"required":["version","databases","environments"],"properties":{"version":{"const":1},"defaults":{"$ref":"#/definitions/Settings"},"databases":{"type":"object","minProperties":1,"propertyNames":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50},"additionalProperties":{"$ref":"#/definitions/DatabaseSettings"}},"environments":{"type":"object","minProperties":1,"propertyNames":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"additionalProperties":{"$ref":"#/definitions/EnvironmentSettings"}},"otherManifestsRenderedByAnotherSource":{"type":"boolean"}},"definitions":{"DatabaseKey":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50},"EnvironmentName":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"Namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"ObjectName":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"SecretKeyRef":{"type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}},"ConfigMapKeyRef":{"type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}},"SecretSource":{"type":"object","additionalProperties":false,"required":["secretKeyRef"],"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"}}},"StringMap":{"type":"object","propertyNames":{"maxLength":256},"additionalProperties":{"type":"string","maxLength":65536}},"Labels":{"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"Annotations":{"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}},"Credentials":{"type":"object","additionalProperties":false,"properties":{"scheme":{"type":"string","pattern":"^[a-z][a-z0-9+]*$","maxLength":64},"user":{"type":"string","minLength":1,"maxLength":256,"not":{"type":"string","pattern":":"}},"userFrom":{"$ref":"#/definitions/SecretSource"},"password":{"type":"string","not":{}},"passwordFrom":{"$ref":"#/definitions/SecretSource"},"host":{"type":"string","minLength":1,"maxLength":253,"not":{"type":"string","pattern":"@"}},"hostFrom":{"$ref":"#/definitions/SecretSource"},"port":{"type":"integer","minimum":1,"maximum":65535},"database":{"type":"string","minLength":1,"maxLength":256},"parameters":{"$ref":"#/definitions/StringMap"}}},"Cloud":{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"project":{"type":"string","minLength":1,"maxLength":256},"tokenFrom":{"$ref":"#/definitions/SecretSource"}}},"RemoteDir":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256},"tag":{"type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256}}},"Dir":{"type":"object","additionalProperties":false,"properties":{"remote":{"$ref":"#/definitions/RemoteDir"},"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^/\\\\\\u0000-\\u001f][^\\\\\\u0000-\\u001f]*$"},"configMapRef":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/ObjectName"}}}}},"MigrateDownFlow":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"boolean"},"autoApprove":{"type":"boolean"}}},"ProtectedFlows":{"type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}},"Variable":{"type":"object","additionalProperties":false,"properties":{"value":{"type":"string","maxLength":65536},"valueFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"},"configMapKeyRef":{"$ref":"#/definitions/ConfigMapKeyRef"}}}}},"Vars":{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}},"Pin":{"type":"object","additionalProperties":false,"properties":{"mode":{"enum":["off","render","write"],"default":"off"},"candidates":{"type":"integer","minimum":1,"maximum":1000,"default":50},"tagFormat":{"type":"string","pattern":"^[^\\s?#&=/\\\\{}]*\\{sha(:([4-9]|[1-3][0-9]|40))?\\}[^\\s?#&=/\\\\{}]*$","maxLength":256,"default":"{sha}"},"verify":{"type":"boolean","default":false}}},"Settings":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"namespace":{"$ref":"#/definitions/Namespace"},"labels":{"$ref":"#/definitions/Labels"},"annotations":{"$ref":"#/definitions/Annotations"},"syncWave":{"type":"integer","minimum":-1000000,"maximum":1000000,"default":-1},"url":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"urlFrom":{"$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"type":"string","minLength":1,"maxLength":256},"devURL":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"devURLFrom":{"$ref":"#/definitions/SecretSource"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"baseline":{"type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"type":"string","minLength":1,"maxLength":256},"protectedFlows":{"$ref":"#/definitions/ProtectedFlows"},"backoffLimit":{"type":"integer","minimum":0,"maximum":1000000},"config":{"type":"string","minLength":1,"maxLength":262144},"configFrom":{"$ref":"#/definitions/SecretSource"},"vars":{"$ref":"#/definitions/Vars"},"pin":{"$ref":"#/definitions/Pin"}}},"DatabaseSettings":{"type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/definitions/DatabaseKey"},"enabled":{"type":"boolean","default":true},"namespace":{"$ref":"#/definitions/Namespace"},"labels":{"$ref":"#/definitions/Labels"},"annotations":{"$ref":"#/definitions/Annotations"},"syncWave":{"type":"integer","minimum":-1000000,"maximum":1000000,"default":-1},"url":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"urlFrom":{"$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"type":"string","minLength":1,"maxLength":256},"devURL":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"devURLFrom":{"$ref":"#/definitions/SecretSource"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"baseline":{"type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"type":"string","minLength":1,"maxLength":256},"protectedFlows":{"$ref":"#/definitions/ProtectedFlows"},"backoffLimit":{"type":"integer","minimum":0,"maximum":1000000},"config":{"type":"string","minLength":1,"maxLength":262144},"configFrom":{"$ref":"#/definitions/SecretSource"},"vars":{"$ref":"#/definitions/Vars"},"pin":{"$ref":"#/definitions/Pin"}}},"EnvironmentSettings":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"namespace":{"$ref":"#/definitions/Namespace"},"labels":{"$ref":"#/definitions/Labels"},"annotations":{"$ref":"#/definitions/Annotations"},"syncWave":{"type":"integer","minimum":-1000000,"maximum":1000000,"default":-1},"url":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"urlFrom":{"$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"type":"string","minLength":1,"maxLength":256},"devURL":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"devURLFrom":{"$ref":"#/definitions/SecretSource"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"baseline":{"type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"type":"string","minLength":1,"maxLength":256},"protectedFlows":{"$ref":"#/definitions/ProtectedFlows"},"backoffLimit":{"type":"integer","minimum":0,"maximum":1000000},"config":{"type":"string","minLength":1,"maxLength":262144},"configFrom":{"$ref":"#/definitions/SecretSource"},"vars":{"$ref":"#/definitions/Vars"},"pin":{"$ref":"#/definitions/Pin"},"databases":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50},"additionalProperties":{"$ref":"#/definitions/DatabaseSettings"}}}}}};
const schema7 = {"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"namespace":{"$ref":"#/definitions/Namespace"},"labels":{"$ref":"#/definitions/Labels"},"annotations":{"$ref":"#/definitions/Annotations"},"syncWave":{"type":"integer","minimum":-1000000,"maximum":1000000,"default":-1},"url":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"urlFrom":{"$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"type":"string","minLength":1,"maxLength":256},"devURL":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"devURLFrom":{"$ref":"#/definitions/SecretSource"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"baseline":{"type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"type":"string","minLength":1,"maxLength":256},"protectedFlows":{"$ref":"#/definitions/ProtectedFlows"},"backoffLimit":{"type":"integer","minimum":0,"maximum":1000000},"config":{"type":"string","minLength":1,"maxLength":262144},"configFrom":{"$ref":"#/definitions/SecretSource"},"vars":{"$ref":"#/definitions/Vars"},"pin":{"$ref":"#/definitions/Pin"}}};
const func2 = Object.prototype.hasOwnProperty;
const schema8 = {"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63};
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(data.length > 63){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern0.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}};
const pattern1 = new RegExp("^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
const pattern2 = new RegExp("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(key0.length > 317){
const err0 = {instancePath,schemaPath:"#/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern1.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(typeof data0 === "string"){
if(data0.length > 63){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern2.test(data0)){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"}};
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
const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"object","propertyNames":{"pattern":"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(key0.length > 317){
const err0 = {instancePath,schemaPath:"#/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern1.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(typeof data0 === "string"){
if(data0.length > 65536){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 65536}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"object","additionalProperties":false,"required":["secretKeyRef"],"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}};
const schema13 = {"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253};
const pattern5 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(data.length > 253){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern5.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const pattern6 = new RegExp("^[-._a-zA-Z0-9]+$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "key"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate31(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate31.errors : appendErrors(vErrors, validate31.errors);
errors = vErrors.length;
}
}
if(data.key !== undefined){
let data1 = data.key;
if(typeof data1 === "string"){
if(data1.length > 253){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"}};
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
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secretKeyRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secretKeyRef"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "secretKeyRef")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.secretKeyRef !== undefined){
if(!(validate30(data.secretKeyRef, {instancePath:instancePath+"/secretKeyRef",parentData:data,parentDataProperty:"secretKeyRef",rootData}))){
vErrors = vErrors === null ? validate30.errors : appendErrors(vErrors, validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","additionalProperties":false,"properties":{"scheme":{"type":"string","pattern":"^[a-z][a-z0-9+]*$","maxLength":64},"user":{"type":"string","minLength":1,"maxLength":256,"not":{"type":"string","pattern":":"}},"userFrom":{"$ref":"#/definitions/SecretSource"},"password":{"type":"string","not":{}},"passwordFrom":{"$ref":"#/definitions/SecretSource"},"host":{"type":"string","minLength":1,"maxLength":253,"not":{"type":"string","pattern":"@"}},"hostFrom":{"$ref":"#/definitions/SecretSource"},"port":{"type":"integer","minimum":1,"maximum":65535},"database":{"type":"string","minLength":1,"maxLength":256},"parameters":{"$ref":"#/definitions/StringMap"}}};
const pattern7 = new RegExp("^[a-z][a-z0-9+]*$", "u");
const pattern8 = new RegExp(":", "u");
const pattern9 = new RegExp("@", "u");
const schema15 = {"type":"object","propertyNames":{"maxLength":256},"additionalProperties":{"type":"string","maxLength":65536}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(key0.length > 256){
const err0 = {instancePath,schemaPath:"#/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(typeof data0 === "string"){
if(data0.length > 65536){
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 65536}};
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
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema14.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.scheme !== undefined){
let data0 = data.scheme;
if(typeof data0 === "string"){
if(data0.length > 64){
const err1 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern7.test(data0)){
const err2 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9+]*$"}};
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
const err3 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.user !== undefined){
let data1 = data.user;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
const err4 = {};
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
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid1 = _errs7 === errors;
if(valid1){
const err6 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(typeof data1 === "string"){
if(data1.length > 256){
const err7 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1}};
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
const err9 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.userFrom !== undefined){
if(!(validate29(data.userFrom, {instancePath:instancePath+"/userFrom",parentData:data,parentDataProperty:"userFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err10 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.passwordFrom !== undefined){
if(!(validate29(data.passwordFrom, {instancePath:instancePath+"/passwordFrom",parentData:data,parentDataProperty:"passwordFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.host !== undefined){
let data5 = data.host;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid2 = _errs17 === errors;
if(valid2){
const err14 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
if(typeof data5 === "string"){
if(data5.length > 253){
const err15 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.length < 1){
const err16 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.hostFrom !== undefined){
if(!(validate29(data.hostFrom, {instancePath:instancePath+"/hostFrom",parentData:data,parentDataProperty:"hostFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.port !== undefined){
let data7 = data.port;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 65535 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.database !== undefined){
let data8 = data.database;
if(typeof data8 === "string"){
if(data8.length > 256){
const err21 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.length < 1){
const err22 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.parameters !== undefined){
if(!(validate39(data.parameters, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData}))){
vErrors = vErrors === null ? validate39.errors : appendErrors(vErrors, validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"project":{"type":"string","minLength":1,"maxLength":256},"tokenFrom":{"$ref":"#/definitions/SecretSource"}}};
const pattern4 = new RegExp("://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])=", "u");
const pattern11 = new RegExp("^https?://[^\\s]+$", "u");

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "url") || (key0 === "project")) || (key0 === "tokenFrom"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid1 = _errs5 === errors;
if(valid1){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(typeof data0 === "string"){
if(data0.length > 2048){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern11.test(data0)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.project !== undefined){
let data1 = data.project;
if(typeof data1 === "string"){
if(data1.length > 256){
const err7 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/minLength",keyword:"minLength",params:{limit: 1}};
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
const err9 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tokenFrom !== undefined){
if(!(validate29(data.tokenFrom, {instancePath:instancePath+"/tokenFrom",parentData:data,parentDataProperty:"tokenFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","additionalProperties":false,"properties":{"remote":{"$ref":"#/definitions/RemoteDir"},"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^/\\\\\\u0000-\\u001f][^\\\\\\u0000-\\u001f]*$"},"configMapRef":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/ObjectName"}}}}};
const schema18 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256},"tag":{"type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256}}};
const pattern12 = new RegExp("^[^\\s?#&=/\\\\]+$", "u");

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "name") || (key0 === "tag"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(data0.length > 256){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern12.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s?#&=/\\\\]+$"}};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tag !== undefined){
let data1 = data.tag;
if(typeof data1 === "string"){
if(data1.length > 256){
const err4 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern12.test(data1)){
const err5 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[^\\s?#&=/\\\\]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

const pattern14 = new RegExp("^[^/\\\\\\u0000-\\u001f][^\\\\\\u0000-\\u001f]*$", "u");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "remote") || (key0 === "path")) || (key0 === "configMapRef"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.remote !== undefined){
if(!(validate46(data.remote, {instancePath:instancePath+"/remote",parentData:data,parentDataProperty:"remote",rootData}))){
vErrors = vErrors === null ? validate46.errors : appendErrors(vErrors, validate46.errors);
errors = vErrors.length;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(data1.length > 1024){
const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern14.test(data1)){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\\\u0000-\\u001f][^\\\\\\u0000-\\u001f]*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.configMapRef !== undefined){
let data2 = data.configMapRef;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err5 = {instancePath:instancePath+"/configMapRef",schemaPath:"#/properties/configMapRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "name")){
const err6 = {instancePath:instancePath+"/configMapRef",schemaPath:"#/properties/configMapRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.name !== undefined){
if(!(validate31(data2.name, {instancePath:instancePath+"/configMapRef/name",parentData:data2,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate31.errors : appendErrors(vErrors, validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/configMapRef",schemaPath:"#/properties/configMapRef/type",keyword:"type",params:{type: "object"}};
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
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}};
const schema20 = {"type":"object","additionalProperties":false,"properties":{"allow":{"type":"boolean"},"autoApprove":{"type":"boolean"}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "allow") || (key0 === "autoApprove"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.allow !== undefined){
if(typeof data.allow !== "boolean"){
const err1 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.autoApprove !== undefined){
if(typeof data.autoApprove !== "boolean"){
const err2 = {instancePath:instancePath+"/autoApprove",schemaPath:"#/properties/autoApprove/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "migrateDown")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.migrateDown !== undefined){
if(!(validate52(data.migrateDown, {instancePath:instancePath+"/migrateDown",parentData:data,parentDataProperty:"migrateDown",rootData}))){
vErrors = vErrors === null ? validate52.errors : appendErrors(vErrors, validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}};
const pattern16 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema22 = {"type":"object","additionalProperties":false,"properties":{"value":{"type":"string","maxLength":65536},"valueFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"},"configMapKeyRef":{"$ref":"#/definitions/ConfigMapKeyRef"}}}}};
const schema23 = {"type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "key"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate31(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate31.errors : appendErrors(vErrors, validate31.errors);
errors = vErrors.length;
}
}
if(data.key !== undefined){
let data1 = data.key;
if(typeof data1 === "string"){
if(data1.length > 253){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"}};
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
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "value") || (key0 === "valueFrom"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(typeof data0 === "string"){
if(data0.length > 65536){
const err1 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit: 65536}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.valueFrom !== undefined){
let data1 = data.valueFrom;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "secretKeyRef") || (key1 === "configMapKeyRef"))){
const err3 = {instancePath:instancePath+"/valueFrom",schemaPath:"#/properties/valueFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.secretKeyRef !== undefined){
if(!(validate30(data1.secretKeyRef, {instancePath:instancePath+"/valueFrom/secretKeyRef",parentData:data1,parentDataProperty:"secretKeyRef",rootData}))){
vErrors = vErrors === null ? validate30.errors : appendErrors(vErrors, validate30.errors);
errors = vErrors.length;
}
}
if(data1.configMapKeyRef !== undefined){
if(!(validate59(data1.configMapKeyRef, {instancePath:instancePath+"/valueFrom/configMapKeyRef",parentData:data1,parentDataProperty:"configMapKeyRef",rootData}))){
vErrors = vErrors === null ? validate59.errors : appendErrors(vErrors, validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/valueFrom",schemaPath:"#/properties/valueFrom/type",keyword:"type",params:{type: "object"}};
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
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(key0.length > 256){
const err0 = {instancePath,schemaPath:"#/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern16.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
if(!(validate57(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate57.errors : appendErrors(vErrors, validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","additionalProperties":false,"properties":{"mode":{"enum":["off","render","write"],"default":"off"},"candidates":{"type":"integer","minimum":1,"maximum":1000,"default":50},"tagFormat":{"type":"string","pattern":"^[^\\s?#&=/\\\\{}]*\\{sha(:([4-9]|[1-3][0-9]|40))?\\}[^\\s?#&=/\\\\{}]*$","maxLength":256,"default":"{sha}"},"verify":{"type":"boolean","default":false}}};
const pattern18 = new RegExp("^[^\\s?#&=/\\\\{}]*\\{sha(:([4-9]|[1-3][0-9]|40))?\\}[^\\s?#&=/\\\\{}]*$", "u");

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "mode") || (key0 === "candidates")) || (key0 === "tagFormat")) || (key0 === "verify"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(!(((data0 === "off") || (data0 === "render")) || (data0 === "write"))){
const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema24.properties.mode.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.candidates !== undefined){
let data1 = data.candidates;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data.tagFormat !== undefined){
let data2 = data.tagFormat;
if(typeof data2 === "string"){
if(data2.length > 256){
const err5 = {instancePath:instancePath+"/tagFormat",schemaPath:"#/properties/tagFormat/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern18.test(data2)){
const err6 = {instancePath:instancePath+"/tagFormat",schemaPath:"#/properties/tagFormat/pattern",keyword:"pattern",params:{pattern: "^[^\\s?#&=/\\\\{}]*\\{sha(:([4-9]|[1-3][0-9]|40))?\\}[^\\s?#&=/\\\\{}]*$"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/tagFormat",schemaPath:"#/properties/tagFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.verify !== undefined){
if(typeof data.verify !== "boolean"){
const err8 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema7.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.namespace !== undefined){
if(!(validate23(data.namespace, {instancePath:instancePath+"/namespace",parentData:data,parentDataProperty:"namespace",rootData}))){
vErrors = vErrors === null ? validate23.errors : appendErrors(vErrors, validate23.errors);
errors = vErrors.length;
}
}
if(data.labels !== undefined){
if(!(validate25(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate25.errors : appendErrors(vErrors, validate25.errors);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
if(!(validate27(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){
vErrors = vErrors === null ? validate27.errors : appendErrors(vErrors, validate27.errors);
errors = vErrors.length;
}
}
if(data.syncWave !== undefined){
let data4 = data.syncWave;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err2 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data4 < -1000000 || isNaN(data4)){
const err4 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000}};
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
if(data.url !== undefined){
let data5 = data.url;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid1 = _errs12 === errors;
if(valid1){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
if(typeof data5 === "string"){
if(data5.length > 4096){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.length < 1){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.urlFrom !== undefined){
if(!(validate29(data.urlFrom, {instancePath:instancePath+"/urlFrom",parentData:data,parentDataProperty:"urlFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.credentials !== undefined){
if(!(validate35(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate35.errors : appendErrors(vErrors, validate35.errors);
errors = vErrors.length;
}
}
if(data.cloud !== undefined){
if(!(validate42(data.cloud, {instancePath:instancePath+"/cloud",parentData:data,parentDataProperty:"cloud",rootData}))){
vErrors = vErrors === null ? validate42.errors : appendErrors(vErrors, validate42.errors);
errors = vErrors.length;
}
}
if(data.dir !== undefined){
if(!(validate45(data.dir, {instancePath:instancePath+"/dir",parentData:data,parentDataProperty:"dir",rootData}))){
vErrors = vErrors === null ? validate45.errors : appendErrors(vErrors, validate45.errors);
errors = vErrors.length;
}
}
if(data.envName !== undefined){
let data10 = data.envName;
if(typeof data10 === "string"){
if(data10.length > 256){
const err11 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data10.length < 1){
const err12 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.devURL !== undefined){
let data11 = data.devURL;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid2 = _errs23 === errors;
if(valid2){
const err16 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
if(typeof data11 === "string"){
if(data11.length > 4096){
const err17 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data11.length < 1){
const err18 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.devURLFrom !== undefined){
if(!(validate29(data.devURLFrom, {instancePath:instancePath+"/devURLFrom",parentData:data,parentDataProperty:"devURLFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.execOrder !== undefined){
let data13 = data.execOrder;
if(!(((data13 === "linear") || (data13 === "linear-skip")) || (data13 === "non-linear"))){
const err20 = {instancePath:instancePath+"/execOrder",schemaPath:"#/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema7.properties.execOrder.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.baseline !== undefined){
let data14 = data.baseline;
if(typeof data14 === "string"){
if(data14.length > 256){
const err21 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data14.length < 1){
const err22 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.revisionsSchema !== undefined){
let data15 = data.revisionsSchema;
if(typeof data15 === "string"){
if(data15.length > 256){
const err24 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data15.length < 1){
const err25 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.protectedFlows !== undefined){
if(!(validate51(data.protectedFlows, {instancePath:instancePath+"/protectedFlows",parentData:data,parentDataProperty:"protectedFlows",rootData}))){
vErrors = vErrors === null ? validate51.errors : appendErrors(vErrors, validate51.errors);
errors = vErrors.length;
}
}
if(data.backoffLimit !== undefined){
let data17 = data.backoffLimit;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err27 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1000000 || isNaN(data17)){
const err28 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err29 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data.config !== undefined){
let data18 = data.config;
if(typeof data18 === "string"){
if(data18.length > 262144){
const err30 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxLength",keyword:"maxLength",params:{limit: 262144}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data18.length < 1){
const err31 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.configFrom !== undefined){
if(!(validate29(data.configFrom, {instancePath:instancePath+"/configFrom",parentData:data,parentDataProperty:"configFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.vars !== undefined){
if(!(validate56(data.vars, {instancePath:instancePath+"/vars",parentData:data,parentDataProperty:"vars",rootData}))){
vErrors = vErrors === null ? validate56.errors : appendErrors(vErrors, validate56.errors);
errors = vErrors.length;
}
}
if(data.pin !== undefined){
if(!(validate64(data.pin, {instancePath:instancePath+"/pin",parentData:data,parentDataProperty:"pin",rootData}))){
vErrors = vErrors === null ? validate64.errors : appendErrors(vErrors, validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/definitions/DatabaseKey"},"enabled":{"type":"boolean","default":true},"namespace":{"$ref":"#/definitions/Namespace"},"labels":{"$ref":"#/definitions/Labels"},"annotations":{"$ref":"#/definitions/Annotations"},"syncWave":{"type":"integer","minimum":-1000000,"maximum":1000000,"default":-1},"url":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"urlFrom":{"$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"type":"string","minLength":1,"maxLength":256},"devURL":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"devURLFrom":{"$ref":"#/definitions/SecretSource"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"baseline":{"type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"type":"string","minLength":1,"maxLength":256},"protectedFlows":{"$ref":"#/definitions/ProtectedFlows"},"backoffLimit":{"type":"integer","minimum":0,"maximum":1000000},"config":{"type":"string","minLength":1,"maxLength":262144},"configFrom":{"$ref":"#/definitions/SecretSource"},"vars":{"$ref":"#/definitions/Vars"},"pin":{"$ref":"#/definitions/Pin"}}};
const schema26 = {"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(data.length > 50){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 50}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern0.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema25.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate68(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate68.errors : appendErrors(vErrors, validate68.errors);
errors = vErrors.length;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.namespace !== undefined){
if(!(validate23(data.namespace, {instancePath:instancePath+"/namespace",parentData:data,parentDataProperty:"namespace",rootData}))){
vErrors = vErrors === null ? validate23.errors : appendErrors(vErrors, validate23.errors);
errors = vErrors.length;
}
}
if(data.labels !== undefined){
if(!(validate25(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate25.errors : appendErrors(vErrors, validate25.errors);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
if(!(validate27(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){
vErrors = vErrors === null ? validate27.errors : appendErrors(vErrors, validate27.errors);
errors = vErrors.length;
}
}
if(data.syncWave !== undefined){
let data5 = data.syncWave;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err2 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000 || isNaN(data5)){
const err3 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data5 < -1000000 || isNaN(data5)){
const err4 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000}};
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
if(data.url !== undefined){
let data6 = data.url;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid1 = _errs13 === errors;
if(valid1){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
if(typeof data6 === "string"){
if(data6.length > 4096){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.length < 1){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.urlFrom !== undefined){
if(!(validate29(data.urlFrom, {instancePath:instancePath+"/urlFrom",parentData:data,parentDataProperty:"urlFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.credentials !== undefined){
if(!(validate35(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate35.errors : appendErrors(vErrors, validate35.errors);
errors = vErrors.length;
}
}
if(data.cloud !== undefined){
if(!(validate42(data.cloud, {instancePath:instancePath+"/cloud",parentData:data,parentDataProperty:"cloud",rootData}))){
vErrors = vErrors === null ? validate42.errors : appendErrors(vErrors, validate42.errors);
errors = vErrors.length;
}
}
if(data.dir !== undefined){
if(!(validate45(data.dir, {instancePath:instancePath+"/dir",parentData:data,parentDataProperty:"dir",rootData}))){
vErrors = vErrors === null ? validate45.errors : appendErrors(vErrors, validate45.errors);
errors = vErrors.length;
}
}
if(data.envName !== undefined){
let data11 = data.envName;
if(typeof data11 === "string"){
if(data11.length > 256){
const err11 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data11.length < 1){
const err12 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.devURL !== undefined){
let data12 = data.devURL;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid2 = _errs24 === errors;
if(valid2){
const err16 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(typeof data12 === "string"){
if(data12.length > 4096){
const err17 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data12.length < 1){
const err18 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.devURLFrom !== undefined){
if(!(validate29(data.devURLFrom, {instancePath:instancePath+"/devURLFrom",parentData:data,parentDataProperty:"devURLFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.execOrder !== undefined){
let data14 = data.execOrder;
if(!(((data14 === "linear") || (data14 === "linear-skip")) || (data14 === "non-linear"))){
const err20 = {instancePath:instancePath+"/execOrder",schemaPath:"#/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema25.properties.execOrder.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.baseline !== undefined){
let data15 = data.baseline;
if(typeof data15 === "string"){
if(data15.length > 256){
const err21 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data15.length < 1){
const err22 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.revisionsSchema !== undefined){
let data16 = data.revisionsSchema;
if(typeof data16 === "string"){
if(data16.length > 256){
const err24 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data16.length < 1){
const err25 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.protectedFlows !== undefined){
if(!(validate51(data.protectedFlows, {instancePath:instancePath+"/protectedFlows",parentData:data,parentDataProperty:"protectedFlows",rootData}))){
vErrors = vErrors === null ? validate51.errors : appendErrors(vErrors, validate51.errors);
errors = vErrors.length;
}
}
if(data.backoffLimit !== undefined){
let data18 = data.backoffLimit;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err27 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 1000000 || isNaN(data18)){
const err28 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err29 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data.config !== undefined){
let data19 = data.config;
if(typeof data19 === "string"){
if(data19.length > 262144){
const err30 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxLength",keyword:"maxLength",params:{limit: 262144}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data19.length < 1){
const err31 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.configFrom !== undefined){
if(!(validate29(data.configFrom, {instancePath:instancePath+"/configFrom",parentData:data,parentDataProperty:"configFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.vars !== undefined){
if(!(validate56(data.vars, {instancePath:instancePath+"/vars",parentData:data,parentDataProperty:"vars",rootData}))){
vErrors = vErrors === null ? validate56.errors : appendErrors(vErrors, validate56.errors);
errors = vErrors.length;
}
}
if(data.pin !== undefined){
if(!(validate64(data.pin, {instancePath:instancePath+"/pin",parentData:data,parentDataProperty:"pin",rootData}))){
vErrors = vErrors === null ? validate64.errors : appendErrors(vErrors, validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"namespace":{"$ref":"#/definitions/Namespace"},"labels":{"$ref":"#/definitions/Labels"},"annotations":{"$ref":"#/definitions/Annotations"},"syncWave":{"type":"integer","minimum":-1000000,"maximum":1000000,"default":-1},"url":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"urlFrom":{"$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"type":"string","minLength":1,"maxLength":256},"devURL":{"type":"string","minLength":1,"maxLength":4096,"not":{"type":"string","pattern":"://[^/?#:]*:[^/?#]*@|[?&;](?:[^=&;#?]*[-_.])?[pP][aA][sS][sS]=|[?&;][^=&;#?]*(?:[pP][aA][sS][sS][wW][oO][rR][dD]|[pP][aA][sS][sS][wW][dD]|[pP][wW][dD]|[pP][aA][sS][sS][pP][hH][rR][aA][sS][eE]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]|[aA][pP][iI][kK][eE][yY])="}},"devURLFrom":{"$ref":"#/definitions/SecretSource"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"baseline":{"type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"type":"string","minLength":1,"maxLength":256},"protectedFlows":{"$ref":"#/definitions/ProtectedFlows"},"backoffLimit":{"type":"integer","minimum":0,"maximum":1000000},"config":{"type":"string","minLength":1,"maxLength":262144},"configFrom":{"$ref":"#/definitions/SecretSource"},"vars":{"$ref":"#/definitions/Vars"},"pin":{"$ref":"#/definitions/Pin"},"databases":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50},"additionalProperties":{"$ref":"#/definitions/DatabaseSettings"}}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema27.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.namespace !== undefined){
if(!(validate23(data.namespace, {instancePath:instancePath+"/namespace",parentData:data,parentDataProperty:"namespace",rootData}))){
vErrors = vErrors === null ? validate23.errors : appendErrors(vErrors, validate23.errors);
errors = vErrors.length;
}
}
if(data.labels !== undefined){
if(!(validate25(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate25.errors : appendErrors(vErrors, validate25.errors);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
if(!(validate27(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){
vErrors = vErrors === null ? validate27.errors : appendErrors(vErrors, validate27.errors);
errors = vErrors.length;
}
}
if(data.syncWave !== undefined){
let data4 = data.syncWave;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err2 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data4 < -1000000 || isNaN(data4)){
const err4 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000}};
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
if(data.url !== undefined){
let data5 = data.url;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid1 = _errs12 === errors;
if(valid1){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
if(typeof data5 === "string"){
if(data5.length > 4096){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.length < 1){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.urlFrom !== undefined){
if(!(validate29(data.urlFrom, {instancePath:instancePath+"/urlFrom",parentData:data,parentDataProperty:"urlFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.credentials !== undefined){
if(!(validate35(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate35.errors : appendErrors(vErrors, validate35.errors);
errors = vErrors.length;
}
}
if(data.cloud !== undefined){
if(!(validate42(data.cloud, {instancePath:instancePath+"/cloud",parentData:data,parentDataProperty:"cloud",rootData}))){
vErrors = vErrors === null ? validate42.errors : appendErrors(vErrors, validate42.errors);
errors = vErrors.length;
}
}
if(data.dir !== undefined){
if(!(validate45(data.dir, {instancePath:instancePath+"/dir",parentData:data,parentDataProperty:"dir",rootData}))){
vErrors = vErrors === null ? validate45.errors : appendErrors(vErrors, validate45.errors);
errors = vErrors.length;
}
}
if(data.envName !== undefined){
let data10 = data.envName;
if(typeof data10 === "string"){
if(data10.length > 256){
const err11 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data10.length < 1){
const err12 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.devURL !== undefined){
let data11 = data.devURL;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid2 = _errs23 === errors;
if(valid2){
const err16 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
if(typeof data11 === "string"){
if(data11.length > 4096){
const err17 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data11.length < 1){
const err18 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.devURLFrom !== undefined){
if(!(validate29(data.devURLFrom, {instancePath:instancePath+"/devURLFrom",parentData:data,parentDataProperty:"devURLFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.execOrder !== undefined){
let data13 = data.execOrder;
if(!(((data13 === "linear") || (data13 === "linear-skip")) || (data13 === "non-linear"))){
const err20 = {instancePath:instancePath+"/execOrder",schemaPath:"#/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema27.properties.execOrder.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.baseline !== undefined){
let data14 = data.baseline;
if(typeof data14 === "string"){
if(data14.length > 256){
const err21 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data14.length < 1){
const err22 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.revisionsSchema !== undefined){
let data15 = data.revisionsSchema;
if(typeof data15 === "string"){
if(data15.length > 256){
const err24 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data15.length < 1){
const err25 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.protectedFlows !== undefined){
if(!(validate51(data.protectedFlows, {instancePath:instancePath+"/protectedFlows",parentData:data,parentDataProperty:"protectedFlows",rootData}))){
vErrors = vErrors === null ? validate51.errors : appendErrors(vErrors, validate51.errors);
errors = vErrors.length;
}
}
if(data.backoffLimit !== undefined){
let data17 = data.backoffLimit;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err27 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1000000 || isNaN(data17)){
const err28 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err29 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data.config !== undefined){
let data18 = data.config;
if(typeof data18 === "string"){
if(data18.length > 262144){
const err30 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxLength",keyword:"maxLength",params:{limit: 262144}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data18.length < 1){
const err31 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.configFrom !== undefined){
if(!(validate29(data.configFrom, {instancePath:instancePath+"/configFrom",parentData:data,parentDataProperty:"configFrom",rootData}))){
vErrors = vErrors === null ? validate29.errors : appendErrors(vErrors, validate29.errors);
errors = vErrors.length;
}
}
if(data.vars !== undefined){
if(!(validate56(data.vars, {instancePath:instancePath+"/vars",parentData:data,parentDataProperty:"vars",rootData}))){
vErrors = vErrors === null ? validate56.errors : appendErrors(vErrors, validate56.errors);
errors = vErrors.length;
}
}
if(data.pin !== undefined){
if(!(validate64(data.pin, {instancePath:instancePath+"/pin",parentData:data,parentDataProperty:"pin",rootData}))){
vErrors = vErrors === null ? validate64.errors : appendErrors(vErrors, validate64.errors);
errors = vErrors.length;
}
}
if(data.databases !== undefined){
let data22 = data.databases;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key1 in data22){
const _errs41 = errors;
if(typeof key1 === "string"){
if(key1.length > 50){
const err33 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames/maxLength",keyword:"maxLength",params:{limit: 50},propertyName:key1};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern0.test(key1)){
const err34 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},propertyName:key1};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key1};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid3 = _errs41 === errors;
if(!valid3){
const err36 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames",keyword:"propertyNames",params:{propertyName: key1}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
for(const key2 in data22){
if(!(validate67(data22[key2], {instancePath:instancePath+"/databases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data22,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate67.errors : appendErrors(vErrors, validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/argocd-atlas/argocd-atlas/v0.1.0/schema/atlas.project.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.databases === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "databases"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.environments === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "version") || (key0 === "defaults")) || (key0 === "databases")) || (key0 === "environments")) || (key0 === "otherManifestsRenderedByAnotherSource"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate22(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){
vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
errors = vErrors.length;
}
}
if(data.databases !== undefined){
let data2 = data.databases;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err5 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
const _errs6 = errors;
if(typeof key1 === "string"){
if(key1.length > 50){
const err6 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames/maxLength",keyword:"maxLength",params:{limit: 50},propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(key1)){
const err7 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs6 === errors;
if(!valid1){
const err9 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames",keyword:"propertyNames",params:{propertyName: key1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data2){
if(!(validate67(data2[key2], {instancePath:instancePath+"/databases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate67.errors : appendErrors(vErrors, validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.environments !== undefined){
let data4 = data.environments;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err11 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data4){
const _errs12 = errors;
if(typeof key3 === "string"){
if(key3.length > 63){
const err12 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},propertyName:key3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern0.test(key3)){
const err13 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},propertyName:key3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid3 = _errs12 === errors;
if(!valid3){
const err15 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key3}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key4 in data4){
if(!(validate83(data4[key4], {instancePath:instancePath+"/environments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate83.errors : appendErrors(vErrors, validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.otherManifestsRenderedByAnotherSource !== undefined){
if(typeof data.otherManifestsRenderedByAnotherSource !== "boolean"){
const err17 = {instancePath:instancePath+"/otherManifestsRenderedByAnotherSource",schemaPath:"#/properties/otherManifestsRenderedByAnotherSource/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

function appendErrors(list, more) { for (const e of more) list.push(e); return list; }
