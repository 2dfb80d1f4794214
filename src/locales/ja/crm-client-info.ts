// ja translations for the messages of the "crm-client-info" area (ids start with `info.`).
import type { TemplateMap } from '@lit/localize';
import { html, str } from '../template-tags.js';

export const templates: TemplateMap = {
  'info.title': 'Zoho CRM',
  'info.no-client-id': html`${0} に Zoho Projects クライアントの ${1} を指定してください。`,
  'info.loading': 'Zoho CRM の情報を読み込み中…',
  'info.no-account': str`クライアント「${0}」は Zoho CRM の取引先に関連付けられていません。`,
  'info.not-permitted': 'クライアントの Zoho CRM 情報を表示できるのはポータル管理者のみです。',
  'info.not-active': 'このポータルは Zoho CRM と連携していません。',
  'info.not-set': '未設定',
  'info.opens-in-crm': '（Zoho CRM で開きます）',
  'info.linked': str`クライアント「${0}」は Zoho CRM でこの取引先に関連付けられています。`,
  'info.account': 'Zoho CRM の取引先',
  'info.account-name': '取引先名',
  'info.account-owner': '取引先の所有者',
  'info.industry': '業種',
  'info.phone': '電話',
  'info.website': 'ウェブサイト',
  'info.billing-city': '請求先の市区町村',
  'info.annual-revenue': '年間売上',
  'info.potentials': '進行中の商談',
  'info.potentials.one': str`進行中の商談 ${0} 件`,
  'info.potentials.other': str`進行中の商談 ${0} 件`,
  'info.potential-name': '商談名',
  'info.stage': 'ステージ',
  'info.amount': '金額',
  'info.closing-date': '完了予定日',
  'info.owner': '所有者',
  'info.no-potentials': 'この取引先に進行中の商談はありません。',
};
