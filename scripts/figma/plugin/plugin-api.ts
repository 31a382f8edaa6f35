import type {
  ExtendedVariableCollection,
  PluginAPI,
  Variable,
  VariableCollection,
  VariableResolvedDataType,
} from '@figma/plugin-typings/plugin-api-standalone.js';

/**
 * The part of Figma's Plugin API (`figma`) the Livery plugin uses, as a structural subset of
 * @figma/plugin-typings: the real `figma` is assignable to it (code.ts checks that), and the tests'
 * fake `satisfies` it, so the fake cannot drift from the typings.
 */
export type PluginVariable = Pick<
  Variable,
  | 'id'
  | 'name'
  | 'key'
  | 'description'
  | 'hiddenFromPublishing'
  | 'remote'
  | 'variableCollectionId'
  | 'resolvedType'
  | 'valuesByMode'
  | 'scopes'
  | 'codeSyntax'
  | 'setValueForMode'
  | 'setVariableCodeSyntax'
  | 'removeVariableCodeSyntax'
  | 'remove'
  | 'removeOverrideForMode'
>;

export type PluginCollection = Pick<
  VariableCollection,
  | 'id'
  | 'name'
  | 'key'
  | 'hiddenFromPublishing'
  | 'remote'
  | 'isExtension'
  | 'modes'
  | 'variableIds'
  | 'defaultModeId'
  | 'remove'
  | 'addMode'
  | 'renameMode'
  | 'removeMode'
> &
  Partial<
    Pick<ExtendedVariableCollection, 'parentVariableCollectionId' | 'rootVariableCollectionId' | 'variableOverrides'>
  >;

export interface PluginVariablesApi {
  getLocalVariableCollectionsAsync(): Promise<PluginCollection[]>;
  getLocalVariablesAsync(): Promise<PluginVariable[]>;
  getVariableByIdAsync(id: string): Promise<PluginVariable | null>;
  getVariableCollectionByIdAsync(id: string): Promise<PluginCollection | null>;
  createVariableCollection(name: string): PluginCollection;
  createVariable(name: string, collection: PluginCollection, resolvedType: VariableResolvedDataType): PluginVariable;
}

export type LiveryPluginApi = Pick<PluginAPI, 'fileKey'> & {
  root: Pick<PluginAPI['root'], 'name'>;
  variables: PluginVariablesApi;
};
