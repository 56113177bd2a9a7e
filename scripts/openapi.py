#!/usr/bin/env python3
"""Writes Public/openapi.json, the OpenAPI 3.1 description of every route. Edit this
file, not the JSON, and run it after changing a route or an answer's shape."""
import json
ref=lambda n: {"$ref": f"#/components/schemas/{n}"}
def params(*names): return [{"$ref": f"#/components/parameters/{n}"} for n in names]
err=lambda d: {"description": d, "content": {"application/json": {"schema": ref("Error")}, "text/html": {"schema": {"type": "string"}}}}
def ok(schema, d):
    return {"description": d,
            "headers": {"ETag": {"$ref": "#/components/headers/ETag"}, "Content-Language": {"$ref": "#/components/headers/ContentLanguage"}},
            "content": {"application/json": {"schema": ref(schema)}, "text/html": {"schema": {"type": "string"}}}}
common_errors={"400": err("Malformed input: a code that is not a code, an unsupported lang or format, a bad filter value, or malformed HTTP."),
               "404": err("No such code, command or page."),
               "414": err("The request line is longer than the server accepts (8 KiB by default).")}
def op(opid, summary, responses, parameters, tags):
    r=dict(responses); r.update({k:v for k,v in common_errors.items() if k not in r})
    r["304"]={"description":"Not modified: the If-None-Match tag matches."}
    return {"operationId": opid, "summary": summary, "tags": tags, "parameters": parameters, "responses": r}
CODE_PATTERN="^([1-9][0-9]{2}|[245Xx]\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2}))$"
code_schema={"type":"string","pattern":CODE_PATTERN,"examples":["235","5.7.1"]}
code_param={"name":"code","in":"path","required":True,"description":"A basic reply code (235) or an enhanced status code (5.7.1, 4.7.1, X.7.1); anything else is a 400.","schema":code_schema}
doc={
 "openapi":"3.1.0",
 "info":{"title":"smtp-codes","version":"0.1.0","description":"SMTP reply codes explained: what they mean, when they appear, how to fix them, and how two codes differ. JSON for programs, HTML for people, in English and Turkish. Every route also answers HEAD; answers carry strong ETags and honour If-None-Match."},
 "servers":[{"url":"/"}],
 "paths":{
  "/codes/{code}":{"get":op("getCode","One reply code",{"200":ok("Code","The code, in the negotiated language and format.")},[code_param]+params("lang","format"),["codes"])},
  "/compare/{a}/{b}":{"get":op("compareCodes","Two codes side by side",{"200":ok("Comparison","The comparison.")},[
      {"name":"a","in":"path","required":True,"schema":code_schema,"description":"The first code."},
      {"name":"b","in":"path","required":True,"schema":code_schema,"description":"The second code."}]+params("lang","format"),["codes"])},
  "/compare":{"get":op("compareForm","Redirect a compare form to the pair's page",{"303":{"description":"See Other: Location is /compare/{a}/{b}.","headers":{"Location":{"schema":{"type":"string"}}}}},[
      {"name":"a","in":"query","required":True,"schema":code_schema},
      {"name":"b","in":"query","required":True,"schema":code_schema}]+params("lang","format"),["codes"])},
  "/explain":{
   "get":op("explainReply","Take a pasted server reply apart",{"200":ok("Explanation","The reply's codes, message, links, reason and retry advice; HTML with no reply is the empty form."),"413":err("The paste is longer than 16 KiB."),"422":err("Nothing in the text is recognisable.")},
      [{"name":"reply","in":"query","schema":{"type":"string"},"description":"The pasted reply, bounce or log line: at most 16 KiB (413 beyond)."}]+params("lang","format"),["explain"]),
   "post":dict(op("explainPostedReply","Take a posted server reply apart",{"200":ok("Explanation","As for GET."),"413":err("The paste is longer than 16 KiB."),"422":err("Nothing in the text is recognisable.")},params("lang","format"),["explain"]), requestBody={"$ref":"#/components/requestBodies/Reply"})},
  "/codes":{"get":op("listCodes","The catalogue, filterable and searchable",{"200":ok("Catalogue","The matching codes."),"303":{"description":"See Other: an HTML search for an exact code goes to its page.","headers":{"Location":{"schema":{"type":"string"}}}}},
      [{"name":"class","in":"query","schema":{"type":"string","enum":["","2","3","4","5"]},"description":"Empty means any class."},
       {"name":"kind","in":"query","schema":{"type":"string","enum":["","basic","enhanced"]},"description":"Empty means any kind."},
       {"name":"q","in":"query","schema":{"type":"string"},"description":"A code or words, in English or Turkish."}]+params("lang","format"),["codes"])},
  "/commands":{"get":op("listCommands","SMTP commands with a reply list",{"200":ok("CommandIndex","Every command.")},params("lang","format"),["commands"])},
  "/commands/{verb}":{"get":op("getCommand","The replies an SMTP command can get",{"200":ok("Command","The command and its replies.")},[{"name":"verb","in":"path","required":True,"schema":{"type":"string","examples":["RCPT"]}}]+params("lang","format"),["commands"])},
  "/":{"get":op("index","Home page or API index",{"200":ok("Index","Every code, and the API's routes.")},params("lang","format"),["site"])},
  "/healthz":{"get":{"operationId":"health","summary":"Liveness","tags":["site"],"responses":{"200":{"description":"Alive.","content":{"application/json":{"schema":{"type":"object","required":["status"],"properties":{"status":{"const":"ok"}}}}}}}}},
  "/openapi.json":{"get":{"operationId":"openapi","summary":"This document","tags":["site"],"responses":{"200":{"description":"OpenAPI 3.1.","content":{"application/json":{"schema":{"type":"object"}}}},"304":{"description":"Not modified."}}}},
  "/robots.txt":{"get":{"operationId":"robots","summary":"Crawler rules","tags":["site"],"responses":{"200":{"description":"robots.txt","content":{"text/plain":{"schema":{"type":"string"}}}},"304":{"description":"Not modified."}}}},
  "/sitemap.xml":{"get":{"operationId":"sitemap","summary":"Every page in every language","tags":["site"],"responses":{"200":{"description":"Sitemap with hreflang alternates.","content":{"application/xml":{"schema":{"type":"string"}}}},"304":{"description":"Not modified."}}}},
  "/static/{path}":{"get":{"operationId":"staticFile","summary":"Files from Public/","tags":["site"],"parameters":[{"name":"path","in":"path","required":True,"schema":{"type":"string","examples":["style.css"]}}],"responses":{"200":{"description":"The file.","content":{"text/css":{"schema":{"type":"string"}},"image/svg+xml":{"schema":{"type":"string"}},"application/json":{"schema":{}}}},"304":{"description":"Not modified."},"400":err("Malformed path."),"404":err("No such file.")}}}
 },
 "components":{
  "requestBodies":{"Reply":{"required":True,"content":{
      "application/x-www-form-urlencoded":{"schema":{"type":"object","required":["reply"],"properties":{"reply":{"type":"string"}}}},
      "text/plain":{"schema":{"type":"string"}},
      "application/json":{"schema":{"type":"object","required":["reply"],"properties":{"reply":{"type":"string"}}}}}}},
  "parameters":{
   "lang":{"name":"lang","in":"query","description":"Answer language; else Accept-Language, else English. An unsupported value is a 400.","schema":{"type":"string","enum":["en","tr"]}},
   "format":{"name":"format","in":"query","description":"json or html; else Accept (a browser's text/html gets HTML).","schema":{"type":"string","enum":["json","html"]}}},
  "headers":{
   "ETag":{"description":"Strong entity tag of this representation.","schema":{"type":"string"}},
   "ContentLanguage":{"description":"The answer's language.","schema":{"type":"string"}}},
  "schemas":{
   "Error":{"type":"object","required":["error"],"properties":{"error":{"type":"object","required":["status","message"],"properties":{"status":{"type":"integer"},"message":{"type":"string"}}}}},
   "Classification":{"type":"object","required":["name"],"properties":{"digit":{"type":["string","null"]},"name":{"type":"string"}}},
   "Section":{"type":"object","required":["id","heading","body"],"properties":{"id":{"type":"string"},"heading":{"type":"string"},"body":{"type":"string"}}},
   "Reference":{"type":"object","required":["document","section"],"properties":{"document":{"type":"string"},"section":{"type":"string"},"url":{"type":["string","null"]}}},
   "Links":{"type":"object","required":["self","html","alternates"],"properties":{"self":{"type":"string"},"html":{"type":"string"},"alternates":{"type":"array","items":{"type":"object","required":["lang","href"],"properties":{"lang":{"type":"string"},"href":{"type":"string"}}}}}},
   "Code":{"type":"object","required":["code","kind","lang","title","status","class","subject","sections","retry","usages","references","related","comparisons","fallback","links"],"properties":{
      "code":{"type":"string"},"kind":{"enum":["basic","enhanced"]},"lang":{"type":"string"},"title":{"type":"string"},
      "status":{"enum":["standard","extension","registry_only","draft","experimental","non_standard","vendor","deprecated"]},
      "vendor":{"type":["string","null"]},"class":ref("Classification"),"subject":ref("Classification"),
      "sections":{"type":"array","items":ref("Section")},
      "retry":{"type":"object","required":["policy","advice"],"properties":{"policy":{"enum":["not_needed","continue","retry_later","do_not_retry_unchanged","depends_on_class"]},"should_retry":{"type":["boolean","null"]},"advice":{"type":"string"}}},
      "note":{"type":["string","null"]},"class_note":{"type":["string","null"],"description":"Set when the class asked for is one servers never send this code with (2.7.26)."},
      "usages":{"type":"array","items":{"type":"object","required":["context","meaning","reference"],"properties":{"context":{"type":"string"},"meaning":{"type":"string"},"reference":ref("Reference")}}},
      "references":{"type":"array","items":ref("Reference")},
      "related":{"type":"array","items":{"type":"object","required":["code","href"],"properties":{"code":{"type":"string"},"title":{"type":["string","null"]},"href":{"type":"string"}}}},
      "comparisons":{"type":"array","items":{"type":"object","required":["with","href"],"properties":{"with":{"type":"string"},"href":{"type":"string"}}}},
      "fallback":{"type":"array","items":{"type":"string"}},"links":ref("Links")}},
   "Comparison":{"type":"object","required":["lang","title","summary","curated","codes","sections","fallback","links"],"properties":{
      "lang":{"type":"string"},"title":{"type":"string"},"summary":{"type":"string"},"curated":{"type":"boolean"},
      "codes":{"type":"array","items":ref("Code"),"minItems":2,"maxItems":2},"sections":{"type":"array","items":ref("Section")},
      "fallback":{"type":"array","items":{"type":"string"}},"links":ref("Links")}},
   "CodeSummary":{"type":"object","required":["code","kind","status","title","href"],"properties":{"code":{"type":"string"},"kind":{"type":"string"},"class":{"type":"string"},"status":{"type":"string"},"title":{"type":"string"},"href":{"type":"string"}}},
   "Catalogue":{"type":"object","required":["lang","filters","codes","total"],"properties":{"lang":{"type":"string"},"filters":{"type":"object","properties":{"class":{"type":["string","null"]},"kind":{"type":["string","null"]},"q":{"type":["string","null"]}}},"codes":{"type":"array","items":ref("CodeSummary")},"total":{"type":"integer"}}},
   "Index":{"type":"object","required":["lang","endpoints","codes","total"],"properties":{"lang":{"type":"string"},"endpoints":{"type":"object","additionalProperties":{"type":"string"}},"codes":{"type":"array","items":ref("CodeSummary")},"total":{"type":"integer"}}},
   "Command":{"type":"object","required":["verb","lang","title","description","reference","replies"],"properties":{"verb":{"type":"string"},"lang":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"reference":ref("Reference"),"replies":{"type":"array","items":ref("CodeSummary")},"links":ref("Links")}},
   "Explanation":{"type":"object","required":["lang","input_lines","basic_code","enhanced_code","class_mismatch","found_code","message","urls","retry","reason","codes","links"],"properties":{
      "lang":{"type":"string"},"input_lines":{"type":"array","items":{"type":"string"}},
      "basic_code":{"type":["string","null"]},"enhanced_code":{"type":["string","null"]},
      "class_mismatch":{"type":"boolean"},"found_code":{"type":"boolean"},"message":{"type":"string"},
      "urls":{"type":"array","items":{"type":"string"}},
      "retry":{"type":"object","required":["policy","advice"],"properties":{"policy":{"type":"string"},"should_retry":{"type":["boolean","null"]},"advice":{"type":"string"}}},
      "reason":{"type":"object","required":["category","title","advice"],"properties":{"category":{"enum":["user_unknown","mailbox_full","relay_denied","auth_failed","auth_required","tls_required","spam_or_policy","blocked_ip_or_reputation","rate_limited","greylisted","message_too_big","syntax_error","host_unknown","temporary_failure","success","other"]},"title":{"type":"string"},"advice":{"type":"string"}}},
      "codes":{"type":"array","items":{"type":"object","required":["code","title","href"],"properties":{"code":{"type":"string"},"title":{"type":"string"},"href":{"type":"string"}}}},
      "links":ref("Links")}},
   "CommandIndex":{"type":"object","required":["lang","commands"],"properties":{"lang":{"type":"string"},"commands":{"type":"array","items":{"type":"object","required":["verb","title","href"],"properties":{"verb":{"type":"string"},"title":{"type":"string"},"href":{"type":"string"}}}}}}
  }}
}
import pathlib
root = pathlib.Path(__file__).resolve().parent.parent
json.dump(doc, open(root / 'Public' / 'openapi.json', 'w'), indent=2, ensure_ascii=False)
print("ok")
