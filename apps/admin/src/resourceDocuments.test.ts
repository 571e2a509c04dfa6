// The data provider assembles each resource's operations around its fragments at run time, so
// codegen sees the fragments but not the operations: validate every assembled operation
// against the schema the server emits (a renamed filter type or mutation fails here).
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createMutation, deleteMutation, listQuery, oneQuery, updateMutation } from './dataProvider';
import { RESOURCES } from './resources';
import schemaText from '../../server/schema.graphql?raw';

const schema = buildSchema(schemaText);

describe('resource operations', () => {
  for (const [name, config] of Object.entries(RESOURCES)) {
    it(`${name}: every operation the console can send is valid`, () => {
      const documents: { toString(): string }[] = [listQuery(config), oneQuery(config)];
      if (!config.readOnly) documents.push(createMutation(config));
      if (!config.readOnly && !config.noDelete) documents.push(deleteMutation(config));
      if (!config.readOnly && !config.noUpdate) documents.push(updateMutation(config));
      for (const document of documents) {
        const errors = validate(schema, parse(document.toString())).map((e) => e.message);
        expect(errors, document.toString().split('\n')[0]).toEqual([]);
      }
    });
  }
});
