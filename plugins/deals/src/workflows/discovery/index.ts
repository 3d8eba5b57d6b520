export * from "./workflows/refresh-discovery-lexicon"
