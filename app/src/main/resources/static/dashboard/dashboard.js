// The Ledgerline dashboard: the report queries of the GraphQL API for a period the user picks, and today's sales
// live. It reads nothing but the API (api.js); reporting days are computed in the API's zone (periods.js); figures
// are shown by render.js.
//
// The page is a set of cards. Each card (an element with data-section) has a data-state: idle, loading, ready,
// forbidden (the signed-in user's role may not see it, e.g. a warehouse user and sales) or error, and a message
// line. Cards are filled by report groups: one GraphQL operation each, so that a role sees every group it may and
// is refused only the others.

import { ApiError, exportUrl, graphql, signOut, subscribe } from './api.js';
import * as periods from './periods.js';
import {
  count, drawBreakdown, drawOverTime, fillTable, label, longDay, minutes, money, percent, showFigure,
} from './render.js';

const FIGURES = 'orders units gmv averageOrderValue refunded refundRate';
const DIMENSIONS = ['CHANNEL', 'REGION', 'CATEGORY', 'STATUS'];
const TOP_PRODUCTS = 10;

/** What the page shows: the zone of the reporting days, the period (first and last day, included) and the choices. */
const state = {
  zone: null,
  first: null,
  last: null,
  granularity: 'DAY',
  topBy: 'REVENUE',
  generation: 0, // bumped by every refresh; answers of an older one are dropped
};

const byId = (id) => document.getElementById(id);
const card = (name) => document.querySelector(`[data-section="${name}"]`);
const breakdownCard = (dimension) => document.querySelector(`[data-section="breakdown"][data-dimension="${dimension}"]`);

function currentPeriod() {
  return periods.period(state.zone, state.first, state.last);
}

// ---- Cards and their states

function setState(cardElement, cardState, message = '') {
  cardElement.dataset.state = cardState;
  cardElement.querySelector('.section-message').textContent = message;
}

/**
 * Runs one report group: marks its cards loading, runs its query, and renders the answer unless a newer refresh
 * started meanwhile. A FORBIDDEN answer marks the cards forbidden for the rest of the page's life: the server
 * records every refusal in the audit log, and a user's roles do not change while the page is open. `subject` names
 * the reports in messages ("sales reports").
 */
async function loadGroup(subject, cards, query, variables, render) {
  const open = cards.filter((element) => element.dataset.state !== 'forbidden');
  if (open.length === 0) {
    return;
  }
  const generation = state.generation;
  open.forEach((element) => setState(element, 'loading'));
  try {
    const data = await graphql(query, variables);
    if (generation !== state.generation) {
      return;
    }
    render(data);
    const { from, to } = variables.period ?? {};
    open.forEach((element) => {
      element.dataset.from = from ?? '';
      element.dataset.to = to ?? '';
      setState(element, 'ready');
    });
  } catch (error) {
    if (generation !== state.generation) {
      return;
    }
    const forbidden = error instanceof ApiError && error.forbidden;
    open.forEach((element) => setState(element, forbidden ? 'forbidden' : 'error', forbidden
      ? `Your role may not see ${subject}. Ask an administrator if you need them.`
      : `Could not load ${subject}: ${error.message}`));
  }
}

// ---- Report groups

const SALES_QUERY = `query Sales($period: Period!, $granularity: Granularity!, $topBy: RankBy!, $limit: Int!) {
  summary: salesSummary(period: $period) { ${FIGURES} }
  overTime: salesOverTime(period: $period, granularity: $granularity) { period ${FIGURES} }
  ${DIMENSIONS.map((by) => `${by}: salesBreakdown(period: $period, by: ${by}) { key orders gmv share }`).join('\n  ')}
  top: topProducts(period: $period, by: $topBy, limit: $limit) { sku productName units revenue }
}`;

const LOGISTICS_QUERY = `query Logistics($period: Period!) {
  logistics: logisticsStats(period: $period) { type severity count escalated resolved meanMinutesToResolve }
}`;

const STOCK_QUERY = `query Stock($period: Period!) {
  lowStock: lowStockSkus { sku productName available threshold }
  warehouses: inventoryStats(period: $period) { warehouse skus onHand reserved available stocktakes unitsShort unitsOver }
}`;

function salesCards() {
  return [card('summary'), card('overTime'), ...DIMENSIONS.map(breakdownCard), card('topProducts')];
}

function loadSales() {
  const variables = { period: currentPeriod(), granularity: state.granularity, topBy: state.topBy, limit: TOP_PRODUCTS };
  return loadGroup('sales reports', salesCards(), SALES_QUERY, variables, (data) => {
    renderSummary(data.summary);
    renderOverTime(data.overTime);
    DIMENSIONS.forEach((dimension) => renderBreakdown(dimension, data[dimension]));
    renderTopProducts(data.top);
  });
}

function loadLogistics() {
  return loadGroup('logistics reports', [card('logistics')], LOGISTICS_QUERY, { period: currentPeriod() }, (data) => renderLogistics(data.logistics));
}

function loadStock() {
  return loadGroup('stock reports', [card('lowStock'), card('warehouses')], STOCK_QUERY, { period: currentPeriod() }, (data) => {
    renderLowStock(data.lowStock);
    renderWarehouses(data.warehouses);
  });
}

// ---- Rendering each card

function renderSummary(summary) {
  showFigure(byId('summary-orders'), summary.orders, count);
  showFigure(byId('summary-units'), summary.units, count);
  showFigure(byId('summary-gmv'), summary.gmv, money);
  showFigure(byId('summary-averageOrderValue'), summary.averageOrderValue, money);
  showFigure(byId('summary-refunded'), summary.refunded, money);
  showFigure(byId('summary-refundRate'), summary.refundRate, percent);
}

function renderOverTime(points) {
  drawOverTime(byId('over-time-chart'), points, state.granularity, state.zone);
  fillTable(byId('over-time-table').tBodies[0], points, [
    { field: 'period', format: (instant) => longDay(periods.dayIn(state.zone, new Date(instant))) },
    { field: 'orders', format: count, numeric: true },
    { field: 'units', format: count, numeric: true },
    { field: 'gmv', format: money, numeric: true },
    { field: 'refunded', format: money, numeric: true },
    { field: 'refundRate', format: percent, numeric: true },
  ]);
}

function renderBreakdown(dimension, rows) {
  const element = breakdownCard(dimension);
  drawBreakdown(element.querySelector('.chart'), rows);
  fillTable(element.querySelector('tbody'), rows, [
    { field: 'key', format: label },
    { field: 'orders', format: count, numeric: true },
    { field: 'gmv', format: money, numeric: true },
    { field: 'share', format: percent, numeric: true },
  ]);
}

function renderTopProducts(products) {
  fillTable(byId('top-products-table').tBodies[0], products, [
    { field: '#' },
    { field: 'sku' },
    { field: 'productName' },
    { field: 'units', format: count, numeric: true },
    { field: 'revenue', format: money, numeric: true },
  ]);
}

function renderLogistics(rows) {
  fillTable(byId('logistics-table').tBodies[0], rows, [
    { field: 'type', format: label },
    { field: 'severity', format: label },
    { field: 'count', format: count, numeric: true },
    { field: 'escalated', format: count, numeric: true },
    { field: 'resolved', format: count, numeric: true },
    { field: 'meanMinutesToResolve', format: minutes, numeric: true },
  ], 'No exception was reported in this period.');
}

function renderLowStock(skus) {
  fillTable(byId('low-stock-table').tBodies[0], skus, [
    { field: 'sku' },
    { field: 'productName', format: (name) => name ?? '' },
    { field: 'available', format: count, numeric: true },
    { field: 'threshold', format: count, numeric: true },
  ], 'No sku is low on stock.');
}

function renderWarehouses(warehouses) {
  fillTable(byId('warehouses-table').tBodies[0], warehouses.map((row) => ({ ...row, shortOver: `${row.unitsShort} / ${row.unitsOver}` })), [
    { field: 'warehouse' },
    { field: 'skus', format: count, numeric: true },
    { field: 'onHand', format: count, numeric: true },
    { field: 'reserved', format: count, numeric: true },
    { field: 'available', format: count, numeric: true },
    { field: 'stocktakes', format: count, numeric: true },
    { field: 'shortOver', numeric: true },
  ], 'No stock anywhere.');
}

// ---- Export links: each card offers its report as CSV and XLSX for the period shown

function exportParameters(report, element) {
  const { from, to } = currentPeriod();
  switch (report) {
    case 'low-stock-skus':
      return {};
    case 'sales-over-time':
      return { from, to, granularity: state.granularity };
    case 'sales-breakdown':
      return { from, to, by: element.closest('[data-dimension]').dataset.dimension };
    case 'top-products':
      return { from, to, by: state.topBy, limit: TOP_PRODUCTS };
    default:
      return { from, to };
  }
}

function renderExportLinks() {
  document.querySelectorAll('[data-exports]').forEach((element) => {
    const report = element.dataset.exports;
    const parameters = exportParameters(report, element);
    element.replaceChildren(...['csv', 'xlsx'].map((format) => {
      const link = document.createElement('a');
      link.href = exportUrl(report, format, parameters);
      link.dataset.format = format;
      link.textContent = format.toUpperCase();
      link.title = `Download this report as ${format.toUpperCase()}`;
      link.setAttribute('download', '');
      return link;
    }));
  });
}

// ---- The period

function showPeriod() {
  byId('period-from').value = state.first;
  byId('period-to').value = state.last;
  byId('granularity').value = state.granularity;
  const { from, to } = currentPeriod();
  const labelElement = byId('period-label');
  labelElement.dataset.from = from;
  labelElement.dataset.to = to;
  labelElement.textContent = `${longDay(state.first)} – ${longDay(state.last)}, days in ${state.zone}`;
}

function pressPreset(name) {
  document.querySelectorAll('[data-preset]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.preset === name));
  });
}

/** Shows every period-bound report for the current period. */
function refresh() {
  state.generation += 1;
  showPeriod();
  renderExportLinks();
  loadSales();
  loadLogistics();
  loadStock();
}

function choosePreset(name) {
  pressPreset(name);
  if (name === 'custom') {
    byId('period-from').focus();
    return;
  }
  Object.assign(state, periods.preset(state.zone, name));
  refresh();
}

function applyCustomPeriod(event) {
  event.preventDefault();
  const first = byId('period-from').value;
  const last = byId('period-to').value;
  if (!first || !last || first > last) {
    byId('period-label').textContent = 'Choose a first day on or before the last day.';
    return;
  }
  Object.assign(state, { first, last, granularity: byId('granularity').value });
  refresh();
}

// ---- Today, live

function startTicker() {
  const ticker = card('ticker');
  const updated = byId('ticker-updated');
  let updates = 0;
  subscribe(`subscription { salesTicker { ${FIGURES} } }`, {
    onStatus: (status) => {
      if (status === 'connecting' && ticker.dataset.state !== 'ready') {
        setState(ticker, 'loading', 'Connecting…');
      } else if (status === 'reconnecting') {
        setState(ticker, 'error', 'Connection lost; reconnecting…');
      }
    },
    onData: ({ salesTicker }) => {
      showFigure(byId('ticker-orders'), salesTicker.orders, count);
      showFigure(byId('ticker-gmv'), salesTicker.gmv, money);
      showFigure(byId('ticker-refunded'), salesTicker.refunded, money);
      updates += 1;
      ticker.dataset.updates = String(updates);
      updated.textContent = `Updated ${new Date().toLocaleTimeString('en-GB', { timeZone: state.zone })} (${state.zone})`;
      ticker.classList.remove('flash');
      void ticker.offsetWidth; // restarts the highlight animation
      ticker.classList.add('flash');
      setState(ticker, 'ready');
    },
    onError: (error) => setState(ticker, error.forbidden ? 'forbidden' : 'error', error.forbidden
      ? 'Your role may not see sales reports.'
      : `The live ticker stopped: ${error.message}`),
  });
}

// ---- Start

async function start() {
  document.querySelectorAll('[data-preset]').forEach((button) => {
    button.addEventListener('click', () => choosePreset(button.dataset.preset));
  });
  ['period-from', 'period-to', 'granularity'].forEach((id) => byId(id).addEventListener('input', () => pressPreset('custom')));
  byId('period-form').addEventListener('submit', applyCustomPeriod);
  byId('top-by').addEventListener('change', (event) => {
    state.topBy = event.target.value;
    refresh();
  });
  byId('sign-out').addEventListener('click', signOut);

  const breakdowns = byId('breakdowns');
  DIMENSIONS.forEach((dimension) => {
    const element = byId('breakdown-template').content.firstElementChild.cloneNode(true);
    element.dataset.dimension = dimension;
    element.querySelector('.breakdown-title').textContent = `GMV by ${dimension.toLowerCase()}`;
    element.querySelector('.breakdown-key').textContent = label(dimension);
    breakdowns.append(element);
  });

  try {
    const { me, reportingZone } = await graphql('{ me { username roles } reportingZone }');
    state.zone = reportingZone;
    const who = byId('who');
    who.dataset.username = me.username;
    who.textContent = `${me.username} · ${me.roles.map(label).join(', ')}`;
  } catch (error) {
    document.body.dataset.state = 'error';
    byId('who').textContent = `The dashboard could not start: ${error.message}`;
    return;
  }
  choosePreset('7d');
  startTicker();
  document.body.dataset.state = 'ready';
}

start();
