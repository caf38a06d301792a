export { createOperationsRoutes } from './operations.routes.ts';
