// Admin configuration of 交叉执行协同平台 (administrators).
export default {
  app: {
    name: '系统管理',
    vendor: '交叉执行协同平台'
  }
};
