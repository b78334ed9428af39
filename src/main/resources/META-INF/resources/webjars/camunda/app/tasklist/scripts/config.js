// Tasklist configuration of 交叉执行协同平台: Chinese by default (zh-CN locale written by the project),
// the product's name in the header. Served in place of the webapp's own config.js.
// One sign-in for the product and the webapps (/login): the webapp's own login view (shown after its 退出 or when the
// session has ended) hands over to the product's login page. The webapp's own login form is closed on the server.
function toProductLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace('/login');
  }
}
window.addEventListener('hashchange', toProductLogin);
toProductLogin();

export default {
  app: {
    name: '任务中心',
    vendor: '交叉执行协同平台'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '焦点移到第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '焦点移到任务列表的第一项'},
    focusForm: {key: 'ctrl+alt+f', description: '焦点移到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开发起流程对话框'}
  }
};
