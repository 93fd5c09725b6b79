export * from './gate-policy';
export * from './evaluation-report';
export * from './model-under-evaluation';
