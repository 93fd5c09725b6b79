/** One fault in a definition, spec or input: where (a JSON path such as `features[2].transform[0].kind`) and what. */
export interface Problem {
  path: string;
  message: string;
}
