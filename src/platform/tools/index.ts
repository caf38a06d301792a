export {
  missingTools,
  runTool,
  ToolMissingError,
  toolCpuSeconds,
  toolEnvironment,
  toolFailure,
  type ToolOptions,
  type ToolResult,
} from './run-tool.ts';
