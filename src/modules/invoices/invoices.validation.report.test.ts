// KoSIT's report step (default-report.xsl) rebuilt: levels from flag/role, customLevel, accept/reject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  customSeverity,
  isAccepted,
  schematronSeverity,
  type ValidationFinding,
} from './invoices.validation.report.ts';

test('the level of a schematron message follows default-report.xsl, first matching rule wins', () => {
  assert.equal(schematronSeverity('fatal', ''), 'error');
  assert.equal(schematronSeverity('warning', 'error'), 'error');
  assert.equal(schematronSeverity('warning', ''), 'warning');
  assert.equal(schematronSeverity('', 'warn'), 'warning');
  assert.equal(schematronSeverity('information', ''), 'information');
  assert.equal(schematronSeverity('', 'info'), 'information');
  // Neither flag nor role: an error.
  assert.equal(schematronSeverity('', ''), 'error');
});

test('a customLevel naming the code replaces the level; other codes keep theirs', () => {
  const levels = new Map([
    ['BR-CL-23', 'warning' as const],
    ['UBL-CR-646', 'error' as const],
  ]);
  assert.equal(customSeverity('BR-CL-23', 'error', levels), 'warning');
  assert.equal(customSeverity('UBL-CR-646', 'warning', levels), 'error');
  assert.equal(customSeverity('BR-01', 'error', levels), 'error');
});

test('rejected without a scenario, with a fallback scenario, or with any error after customLevel', () => {
  const finding = (severity: ValidationFinding['severity']): ValidationFinding => ({
    ruleId: 'X',
    severity,
    reportedSeverity: 'error',
    message: '',
    step: 'schematron',
  });
  assert.equal(isAccepted(null, []), false);
  assert.equal(isAccepted('Fallback scenario', []), false);
  assert.equal(isAccepted('EN16931 XRechnung (UBL Invoice)', []), true);
  assert.equal(
    isAccepted('EN16931 XRechnung (UBL Invoice)', [finding('warning'), finding('information')]),
    true,
  );
  assert.equal(isAccepted('EN16931 XRechnung (UBL Invoice)', [finding('warning'), finding('error')]), false);
});
