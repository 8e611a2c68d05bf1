"use client";
import { makePage } from "@keystatic/next/ui/app";
import keystaticConfig from "../../keystatic.config";

export default makePage(keystaticConfig);
