// Cockpit configuration of 交叉执行协同平台 (managers and administrators).
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
    name: '流程监控',
    vendor: '交叉执行协同平台'
  }
};
