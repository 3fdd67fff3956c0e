// The sales dashboard: the period's sales, breakdowns, top products, logistics exceptions and stock, and
// today's live ticker, all read from the GraphQL API. Sections the signed-in user's roles may not read are
// not asked for (a refused query is an audited access denial) and say so instead.
import {query, signOut, subscribe} from './graphql.js';
import {addDays, dateIn, startOfDay, today} from './days.js';
import {count, label, minutes, money, percent} from './format.js';

const SALES_READERS = ['ADMIN', 'FINANCE', 'AUDITOR'];
const LOGISTICS_READERS = ['ADMIN', 'FINANCE', 'AUDITOR', 'CUSTOMER_SERVICE', 'WAREHOUSE'];
const STOCK_STATS_READERS = ['ADMIN', 'FINANCE', 'AUDITOR', 'WAREHOUSE'];
const STOCK_ALERT_READERS = ['ADMIN', 'ORDER_CLERK', 'WAREHOUSE', 'AUDITOR'];
const DIMENSIONS = ['CHANNEL', 'REGION', 'CATEGORY', 'STATUS'];
const SUMMARY = 'orders units gmv averageOrderValue refunded refundRate';

const SALES = `query Sales($period: Period!, $granularity: Granularity!) {
  salesSummary(period: $period) { ${SUMMARY} }
  salesOverTime(period: $period, granularity: $granularity) { period ${SUMMARY} }
  ${DIMENSIONS.map(by => `${by}: salesBreakdown(period: $period, by: ${by}) { key orders units gmv share refunded }`).join('\n  ')}
  topProducts(period: $period, by: REVENUE, limit: 10) { sku productName units revenue }
}`;
const LOGISTICS = `query Logistics($period: Period!) {
  logisticsStats(period: $period) { type severity count escalated resolved meanMinutesToResolve }
}`;
const STOCK = `query Stock($period: Period!) {
  inventoryStats(period: $period) { warehouse skus onHand reserved available stocktakes shortages surpluses }
  lowStockSkus { sku productName available threshold }
}`;
const LOW_STOCK = `query LowStock { lowStockSkus { sku productName available threshold } }`;

const charts = {};
const state = {zone: 'Asia/Shanghai', roles: [], loads: 0};

const $ = selector => document.querySelector(selector);
const $$ = selector => [...document.querySelectorAll(selector)];
const may = readers => state.roles.some(role => readers.includes(role));

function show(message) {
  const box = $('#message');
  box.textContent = message;
  box.hidden = !message;
}

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init(document.getElementById(id));
  }
  return charts[id];
}

/** A figure: the value as the API answered it (data-value) and as shown. */
function figure(element, value, shown) {
  element.dataset.value = value;
  element.textContent = shown;
}

function table(id, columns, rows) {
  const element = document.getElementById(id);
  element.replaceChildren();
  const head = element.createTHead().insertRow();
  columns.forEach(column => {
    const cell = document.createElement('th');
    cell.textContent = column.title;
    head.appendChild(cell);
  });
  const body = element.createTBody();
  rows.forEach(row => {
    const line = body.insertRow();
    columns.forEach(column => {
      const cell = line.insertCell();
      cell.dataset.column = column.field;
      figure(cell, row[column.field] ?? '', column.format ? column.format(row[column.field], row) : row[column.field]);
    });
  });
  if (!rows.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = columns.length;
    cell.className = 'empty';
    cell.textContent = 'nothing in this period';
  }
}

// The period picker: dates of the reporting zone, the last one included; kept in the address bar.
function readPeriod() {
  const form = $('#period');
  const from = form.from.value;
  const to = form.to.value;
  return {
    from, to, granularity: form.granularity.value,
    variables: {from: startOfDay(from, state.zone), to: startOfDay(addDays(to, 1), state.zone)},
  };
}

function presetPeriod(days) {
  const form = $('#period');
  const last = today(state.zone);
  form.to.value = last;
  form.from.value = addDays(last, 1 - Number(days));
  form.granularity.value = Number(days) > 120 ? 'MONTH' : Number(days) > 45 ? 'WEEK' : 'DAY';
}

function initialPeriod() {
  const form = $('#period');
  const params = new URLSearchParams(window.location.search);
  if (params.get('from') && params.get('to')) {
    form.preset.value = 'custom';
    form.from.value = params.get('from');
    form.to.value = params.get('to');
    form.granularity.value = params.get('granularity') || 'DAY';
  } else {
    presetPeriod(form.preset.value);
  }
}

function exportLinks(period) {
  $$('a.export').forEach(link => {
    const params = new URLSearchParams({from: period.variables.from, to: period.variables.to});
    if (link.dataset.export === 'sales-over-time') {
      params.set('granularity', period.granularity);
    }
    if (link.dataset.by) {
      params.set('by', link.dataset.by);
    }
    if (link.dataset.export === 'top-products') {
      params.set('limit', '10');
    }
    link.href = `/api/reports/${link.dataset.export}.${link.dataset.format || 'csv'}?${params}`;
  });
}

function bucketLabel(instant, granularity) {
  const date = dateIn(instant, state.zone);
  return granularity === 'MONTH' ? date.slice(0, 7) : date;
}

function renderSales(data, period) {
  const summary = data.salesSummary;
  figure($('[data-figure="orders"]'), summary.orders, count(summary.orders));
  figure($('[data-figure="units"]'), summary.units, count(summary.units));
  figure($('[data-figure="gmv"]'), summary.gmv, money(summary.gmv));
  figure($('[data-figure="averageOrderValue"]'), summary.averageOrderValue, money(summary.averageOrderValue));
  figure($('[data-figure="refunded"]'), summary.refunded, money(summary.refunded));
  figure($('[data-figure="refundRate"]'), summary.refundRate, percent(summary.refundRate));

  const points = data.salesOverTime;
  const labels = points.map(point => bucketLabel(point.period, period.granularity));
  chart('over-time').setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['GMV', 'Orders']},
    grid: {left: 70, right: 50},
    xAxis: {type: 'category', data: labels},
    yAxis: [{type: 'value', name: 'GMV (CNY)'}, {type: 'value', name: 'Orders', splitLine: {show: false}}],
    series: [
      {name: 'GMV', type: 'line', smooth: true, areaStyle: {opacity: 0.15}, data: points.map(point => Number(point.gmv))},
      {name: 'Orders', type: 'bar', yAxisIndex: 1, data: points.map(point => point.orders)},
    ],
  }, true);
  chart('refund-rate').setOption({
    tooltip: {trigger: 'axis', valueFormatter: value => `${value.toFixed(2)}%`},
    legend: {data: ['Refund rate']},
    grid: {left: 70, right: 50, top: 30, bottom: 30},
    xAxis: {type: 'category', data: labels},
    yAxis: {type: 'value', name: '%'},
    series: [{name: 'Refund rate', type: 'line', step: 'middle', data: points.map(point => Number(point.refundRate) * 100)}],
  }, true);
  table('over-time-table', [
    {title: 'Period', field: 'period', format: value => bucketLabel(value, period.granularity)},
    {title: 'Orders', field: 'orders', format: count},
    {title: 'Units', field: 'units', format: count},
    {title: 'GMV', field: 'gmv', format: money},
    {title: 'Refunded', field: 'refunded', format: money},
    {title: 'Refund rate', field: 'refundRate', format: percent},
  ], points);

  DIMENSIONS.forEach(by => {
    const rows = data[by];
    const pie = by === 'CHANNEL' || by === 'STATUS';
    chart(`by-${by}`).setOption(pie ? {
      tooltip: {trigger: 'item'},
      series: [{type: 'pie', radius: ['35%', '70%'], data: rows.map(row => ({name: label(row.key), value: Number(row.gmv)}))}],
    } : {
      tooltip: {trigger: 'axis'},
      grid: {left: 110, right: 20, top: 10, bottom: 30},
      xAxis: {type: 'value'},
      yAxis: {type: 'category', inverse: true, data: rows.slice(0, 12).map(row => label(row.key))},
      series: [{type: 'bar', name: 'GMV', data: rows.slice(0, 12).map(row => Number(row.gmv))}],
    }, true);
    table(`by-${by}-table`, [
      {title: by.toLowerCase(), field: 'key', format: label},
      {title: 'Orders', field: 'orders', format: count},
      {title: 'GMV', field: 'gmv', format: money},
      {title: 'Share', field: 'share', format: percent},
      {title: 'Refunded', field: 'refunded', format: money},
    ], rows);
  });

  table('top-products', [
    {title: '#', field: 'rank'},
    {title: 'Sku', field: 'sku'},
    {title: 'Product', field: 'productName'},
    {title: 'Units', field: 'units', format: count},
    {title: 'Revenue', field: 'revenue', format: money},
  ], data.topProducts.map((product, index) => ({rank: index + 1, ...product})));
}

function renderLogistics(data) {
  const rows = data.logisticsStats;
  const types = [...new Set(rows.map(row => row.type))];
  const severities = ['MINOR', 'MODERATE', 'MAJOR'];
  chart('logistics').setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: severities.map(label)},
    grid: {left: 40, right: 20, top: 30, bottom: 50},
    xAxis: {type: 'category', data: types.map(label), axisLabel: {interval: 0, rotate: 20}},
    yAxis: {type: 'value', name: 'reported'},
    series: severities.map(severity => ({
      name: label(severity), type: 'bar', stack: 'severity',
      data: types.map(type => rows.filter(row => row.type === type && row.severity === severity)
        .reduce((sum, row) => sum + row.count, 0)),
    })),
  }, true);
  table('logistics-table', [
    {title: 'Type', field: 'type', format: label},
    {title: 'Severity', field: 'severity', format: label},
    {title: 'Reported', field: 'count', format: count},
    {title: 'Escalated', field: 'escalated', format: count},
    {title: 'Resolved', field: 'resolved', format: count},
    {title: 'Mean time to resolve', field: 'meanMinutesToResolve', format: minutes},
  ], rows);
}

function renderLowStock(rows) {
  table('low-stock', [
    {title: 'Sku', field: 'sku'},
    {title: 'Product', field: 'productName', format: value => value || ''},
    {title: 'Available', field: 'available', format: count},
    {title: 'Threshold', field: 'threshold', format: count},
  ], rows);
}

function renderStock(data) {
  renderLowStock(data.lowStockSkus);
  table('warehouses', [
    {title: 'Warehouse', field: 'warehouse'},
    {title: 'Skus', field: 'skus', format: count},
    {title: 'On hand', field: 'onHand', format: count},
    {title: 'Reserved', field: 'reserved', format: count},
    {title: 'Available', field: 'available', format: count},
    {title: 'Stocktakes', field: 'stocktakes', format: count},
    {title: 'Short / over', field: 'shortages', format: (value, row) => `${row.shortages} / ${row.surpluses}`},
  ], data.inventoryStats);
}

async function load() {
  const period = readPeriod();
  const load = ++state.loads;
  document.body.dataset.state = 'loading';
  show('');
  history.replaceState(null, '', `?${new URLSearchParams({from: period.from, to: period.to, granularity: period.granularity})}`);
  figure($('[data-figure="period"]'), `${period.variables.from}/${period.variables.to}`, `${period.from} to ${period.to}`);
  exportLinks(period);
  try {
    const [sales, logistics, stock] = await Promise.all([
      may(SALES_READERS) ? query(SALES, {period: period.variables, granularity: period.granularity}) : null,
      may(LOGISTICS_READERS) ? query(LOGISTICS, {period: period.variables}) : null,
      may(STOCK_STATS_READERS) ? query(STOCK, {period: period.variables}) : null,
    ]);
    if (load !== state.loads) {
      return;
    }
    if (sales) renderSales(sales, period);
    if (logistics) renderLogistics(logistics);
    if (stock) renderStock(stock);
    document.body.dataset.state = 'ready';
  } catch (error) {
    show(`Could not load the period: ${error.message}`);
    document.body.dataset.state = 'error';
  }
}

function startTicker() {
  const updates = $('#ticker');
  updates.dataset.updates = '0';
  subscribe(`subscription { salesTicker { ${SUMMARY} } }`, data => {
    const ticker = data.salesTicker;
    figure($('[data-ticker="orders"]'), ticker.orders, count(ticker.orders));
    figure($('[data-ticker="gmv"]'), ticker.gmv, money(ticker.gmv));
    figure($('[data-ticker="refunded"]'), ticker.refunded, money(ticker.refunded));
    $('[data-ticker="updated"]').textContent = new Date().toLocaleTimeString();
    updates.dataset.updates = String(Number(updates.dataset.updates) + 1);
    updates.classList.remove('flash');
    void updates.offsetWidth; // restart the animation
    updates.classList.add('flash');
  }, error => show(`The live ticker stopped: ${error.message}`));
}

/** Low stock changes as orders reserve stock: pushed to those who may watch stock, else refreshed every minute. */
function watchLowStock() {
  const refresh = () => query(LOW_STOCK).then(data => renderLowStock(data.lowStockSkus)).catch(() => {});
  if (may(STOCK_ALERT_READERS)) {
    $('[data-live="lowStock"]').hidden = false;
    subscribe('subscription { lowStockAlerts { sku } }', refresh, () => setInterval(refresh, 60_000));
  } else {
    setInterval(refresh, 60_000);
  }
}

function hideUnreadable() {
  const readable = {sales: SALES_READERS, ticker: SALES_READERS, logistics: LOGISTICS_READERS, stock: STOCK_STATS_READERS};
  $$('[data-section]').forEach(section => {
    if (!may(readable[section.dataset.section])) {
      section.classList.add('forbidden');
      section.title = `needs one of the roles ${readable[section.dataset.section].join(', ')}`;
    }
  });
}

async function start() {
  $('#sign-out').addEventListener('click', signOut);
  try {
    const who = await query('{ me { username roles } reportingZone }');
    state.zone = who.reportingZone;
    state.roles = who.me.roles;
    $('[data-figure="user"]').textContent = `${who.me.username} (${who.me.roles.join(', ')})`;
    $('[data-figure="zone"]').textContent = who.reportingZone;
  } catch (error) {
    show(`Could not sign in to the API: ${error.message}`);
    document.body.dataset.state = 'error';
    return;
  }
  hideUnreadable();
  initialPeriod();
  const form = $('#period');
  form.preset.addEventListener('change', () => {
    if (form.preset.value !== 'custom') {
      presetPeriod(form.preset.value);
      load();
    }
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    form.preset.value = 'custom';
    load();
  });
  window.addEventListener('resize', () => Object.values(charts).forEach(instance => instance.resize()));
  await load();
  if (may(SALES_READERS)) {
    startTicker();
  }
  if (may(STOCK_STATS_READERS)) {
    watchLowStock();
  }
}

start();
