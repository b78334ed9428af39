-- Court directory: the hierarchy SPC -> high -> intermediate -> basic, with each court's case-number designator (代字).
CREATE TABLE court (
    code         VARCHAR(32)  NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    designator   VARCHAR(20)  NOT NULL,
    court_level  VARCHAR(16)  NOT NULL,
    parent_code  VARCHAR(32)  REFERENCES court (code),
    region       VARCHAR(100) NOT NULL,
    CONSTRAINT uq_court_designator UNIQUE (designator),
    CONSTRAINT ck_court_level CHECK (court_level IN ('SPC', 'HIGH', 'INTERMEDIATE', 'BASIC'))
);
CREATE INDEX ix_court_parent ON court (parent_code);

-- A realistic slice of the real hierarchy: the SPC, three high courts, their intermediate courts and basic courts.
INSERT INTO court (code, name, designator, court_level, parent_code, region) VALUES
 ('SPC',    '最高人民法院',               '最高法', 'SPC',          NULL,   '全国'),
 ('GD',     '广东省高级人民法院',         '粤',     'HIGH',         'SPC',  '广东省'),
 ('BJ',     '北京市高级人民法院',         '京',     'HIGH',         'SPC',  '北京市'),
 ('ZJ',     '浙江省高级人民法院',         '浙',     'HIGH',         'SPC',  '浙江省'),
 ('GD01',   '广东省广州市中级人民法院',   '粤01',   'INTERMEDIATE', 'GD',   '广东省广州市'),
 ('GD03',   '广东省深圳市中级人民法院',   '粤03',   'INTERMEDIATE', 'GD',   '广东省深圳市'),
 ('BJ01',   '北京市第一中级人民法院',     '京01',   'INTERMEDIATE', 'BJ',   '北京市'),
 ('BJ02',   '北京市第二中级人民法院',     '京02',   'INTERMEDIATE', 'BJ',   '北京市'),
 ('BJ03',   '北京市第三中级人民法院',     '京03',   'INTERMEDIATE', 'BJ',   '北京市'),
 ('ZJ01',   '浙江省杭州市中级人民法院',   '浙01',   'INTERMEDIATE', 'ZJ',   '浙江省杭州市'),
 ('GD0104', '广州市越秀区人民法院',       '粤0104', 'BASIC',        'GD01', '广东省广州市越秀区'),
 ('GD0105', '广州市海珠区人民法院',       '粤0105', 'BASIC',        'GD01', '广东省广州市海珠区'),
 ('GD0106', '广州市天河区人民法院',       '粤0106', 'BASIC',        'GD01', '广东省广州市天河区'),
 ('GD0111', '广州市白云区人民法院',       '粤0111', 'BASIC',        'GD01', '广东省广州市白云区'),
 ('GD0303', '深圳市罗湖区人民法院',       '粤0303', 'BASIC',        'GD03', '广东省深圳市罗湖区'),
 ('GD0304', '深圳市福田区人民法院',       '粤0304', 'BASIC',        'GD03', '广东省深圳市福田区'),
 ('GD0305', '深圳市南山区人民法院',       '粤0305', 'BASIC',        'GD03', '广东省深圳市南山区'),
 ('GD0306', '深圳市宝安区人民法院',       '粤0306', 'BASIC',        'GD03', '广东省深圳市宝安区'),
 ('GD0307', '深圳市龙岗区人民法院',       '粤0307', 'BASIC',        'GD03', '广东省深圳市龙岗区'),
 ('BJ0107', '北京市石景山区人民法院',     '京0107', 'BASIC',        'BJ01', '北京市石景山区'),
 ('BJ0108', '北京市海淀区人民法院',       '京0108', 'BASIC',        'BJ01', '北京市海淀区'),
 ('BJ0101', '北京市东城区人民法院',       '京0101', 'BASIC',        'BJ02', '北京市东城区'),
 ('BJ0102', '北京市西城区人民法院',       '京0102', 'BASIC',        'BJ02', '北京市西城区'),
 ('BJ0106', '北京市丰台区人民法院',       '京0106', 'BASIC',        'BJ02', '北京市丰台区'),
 ('BJ0105', '北京市朝阳区人民法院',       '京0105', 'BASIC',        'BJ03', '北京市朝阳区'),
 ('BJ0112', '北京市通州区人民法院',       '京0112', 'BASIC',        'BJ03', '北京市通州区'),
 ('ZJ0102', '杭州市上城区人民法院',       '浙0102', 'BASIC',        'ZJ01', '浙江省杭州市上城区'),
 ('ZJ0106', '杭州市西湖区人民法院',       '浙0106', 'BASIC',        'ZJ01', '浙江省杭州市西湖区');
