import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  decide,
  docsUrl,
  run,
  totalsOf
} from "./chunk-76CM3RIJ.js";
import "./chunk-JO2RSCFU.js";
import "./chunk-SMS2Z7X7.js";
import "./chunk-UCMK5KCW.js";
import "./chunk-BPZPDFNX.js";
import "./chunk-37PJACQV.js";
import "./chunk-7IFWUGSY.js";
import "./chunk-6BUPXWJW.js";
import "./chunk-C4ETJL74.js";
import "./chunk-SY3URXUI.js";
import "./chunk-EGOHMP5K.js";
import "./chunk-O45CTJ25.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-DHCW3XL2.js";
import "./chunk-GKNI2CXG.js";
import "./chunk-MZDCT5IW.js";
import "./chunk-LYD5ERHY.js";
export {
  decide,
  docsUrl,
  run,
  totalsOf
};
