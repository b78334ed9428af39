// Cockpit configuration of 交叉执行协同平台 (managers and administrators).
export default {
  app: {
    name: '流程监控',
    vendor: '交叉执行协同平台'
  }
};
