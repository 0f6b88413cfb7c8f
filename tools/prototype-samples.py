# Writes src/WarRoom.Web/wwwroot/prototype/<board>.sample.json: a BoardState with made-up but plausible campaign
# figures, for looking at a board without the server. Run after changing a board (PrototypeSampleTests insists):
#   for b in hq branch deposits; do python3 tools/prototype-samples.py $b dashboards src/WarRoom.Web/wwwroot/prototype/$b.sample.json; done
import json, random, re, sys
from datetime import datetime, timedelta, timezone

random.seed(2027)
TZ = timezone(timedelta(hours=8))
START = datetime(2027,1,1,tzinfo=TZ); END = datetime(2027,4,1,tzinfo=TZ)
ASOF = datetime(2027,2,10,15,30,tzinfo=TZ)
TP = round((ASOF-START)/(END-START), 4)
DAYS_LEFT = (END.date()-ASOF.date()).days
iso = lambda d: d.isoformat()
lt = lambda zh, en: {'zh': zh, 'en': en}

KPI = {
 'deposit_new': ('新增存款','New deposits','万元'), 'aum_growth': ('AUM增长','AUM growth','万元'),
 'customers_new': ('新增客户','New customers','户'), 'payroll_accounts': ('代发工资户','Payroll accounts','户'),
 'fund_sales': ('基金销售','Fund sales','万元'), 'insurance_premium': ('保险保费','Insurance premium','万元'),
 'credit_cards': ('信用卡发卡','Credit cards','张'), 'mobile_mau': ('手机银行月活','Mobile MAU','人'),
 'wecom_contacts': ('企微添加','WeCom contacts','人'), 'inclusive_loans': ('普惠贷款','Inclusive loans','万元'),
}
HQ_TARGET = {'deposit_new':3000000,'aum_growth':4500000,'customers_new':600000,'payroll_accounts':120000,'fund_sales':800000,
 'insurance_premium':250000,'credit_cards':300000,'mobile_mau':5200000,'wecom_contacts':1500000,'inclusive_loans':900000}
HQ_COMPLETION = {'deposit_new':0.467,'aum_growth':0.491,'customers_new':0.486,'payroll_accounts':0.508,'fund_sales':0.502,
 'insurance_premium':0.352,'credit_cards':0.393,'mobile_mau':0.829,'wecom_contacts':0.468,'inclusive_loans':0.389}
BR = [('BR01','北京分行','Beijing'),('BR02','上海分行','Shanghai'),('BR03','广州分行','Guangzhou'),('BR04','深圳分行','Shenzhen'),
 ('BR05','杭州分行','Hangzhou'),('BR06','南京分行','Nanjing'),('BR07','成都分行','Chengdu'),('BR08','武汉分行','Wuhan'),
 ('BR09','西安分行',"Xi'an"),('BR10','天津分行','Tianjin'),('BR11','重庆分行','Chongqing'),('BR12','苏州分行','Suzhou')]
SUB = ['朝阳','海淀','西城','东城','浦东','徐汇','静安','天河','越秀','福田','南山','西湖','滨江','鼓楼','玄武','锦江','武侯','江汉','雁塔','和平','渝中','园区']
SURN = '张王李刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
GIVEN = ['伟','芳','娜','敏','静','磊','洋','艳','勇','军','杰','娟','涛','明','超','秀英','晓东','海燕','建华','丽娟','志强','雪梅','文博','思远']
COMPOSITE = lt('综合得分','Composite score')

def person(): return random.choice(SURN)+random.choice(GIVEN)
def bname(b): return {'code':b[0],'name':b[1],'nameEn':b[2]+' Branch'}

def tile(k, scale=1.0, comp=None):
    target = HQ_TARGET[k]*scale; c = comp if comp is not None else HQ_COMPLETION[k]
    value = round(target*c, 1 if KPI[k][2]=='万元' else 0)
    return {'kpi':k,'name':lt(*KPI[k][:2]),'unit':KPI[k][2],'value':value,'target':round(target),
            'completion':round(value/target,4),'pace':round(value/target-TP,4),'today':round(target*random.uniform(0.003,0.009))}

def ranking(typ, level, metric, basis, unit, rows, mname):
    return {'type':typ,'level':level,'metric':metric,'metricName':mname,'basis':basis,'unit':unit,'timeProgress':TP,'rows':rows}

def composite_rows(units):
    scored = sorted(((u, round(random.uniform(38,88),1)) for u in units), key=lambda x: -x[1])
    return [{'rank':i+1,'unit':u[0],'name':u[1],**({'nameEn':u[2]} if len(u)>2 else {}),'value':s,'score':s,
             'rankChange':random.choice([0,0,1,2,-1,-2,3,-3,0,1])} for i,(u,s) in enumerate(scored)]

def kpi_rows(units, k, total_target, basis='value'):
    rows=[]
    for u in units:
        t = total_target/len(units)*random.uniform(0.7,1.4); c = random.uniform(0.25,0.68)
        rows.append({'unit':u[0],'name':u[1],**({'nameEn':u[2]} if len(u)>2 else {}),'value':round(t*c,1),'target':round(t),
                     'completion':round(c,4),'pace':round(c-TP,4),'rankChange':random.choice([0,1,-1,2,-2,0])})
    key = {'value':'value','completion':'completion','pace':'pace'}[basis]
    rows.sort(key=lambda r:-r[key])
    for i,r in enumerate(rows): r['rank']=i+1
    return rows

def deals(n, kpis=None, branch=None):
    out=[]; t=ASOF
    for i in range(n):
        k = random.choice(kpis or ['deposit_new','deposit_new','aum_growth','fund_sales','insurance_premium','inclusive_loans'])
        b = branch or random.choice(BR); sb = b[1][:2]+random.choice(SUB)+'支行'
        amt = random.choice([520,800,1000,1200,1500,2000,3000,5000])
        t = t - timedelta(minutes=random.randint(2,17))
        out.append({'id':f'crm-20270210-{900-i:06d}','time':iso(t),'kpi':k,'kpiName':lt(*KPI[k][:2]),'unit':KPI[k][2],'amount':amt,
                    'manager':{'code':f'M{random.randint(1,1500):05d}','name':person()},
                    'subBranch':{'code':f'SB{int(b[0][2:]):02d}{random.randint(1,8):02d}','name':sb},'branch':bname(b)})
    return out

KINDS=[('pace_lag','critical','{u}保险保费完成率21.0%，落后时间进度24.2个百分点，剩余{d}天日均需完成38.5万元','{u}: insurance premium at 21.0%, 24.2 points behind time; needs 385k CNY a day for {d} days','组织保险专场沙龙，重点跟进到期理财客户','Run an insurance salon; follow up maturing wealth clients'),
       ('inactive','warn','{u}有6名客户经理连续3个工作日无业绩','{u}: 6 managers with no results for 3 working days','支行长逐一约谈，纳入帮扶名单','Head to meet each one; add to the help list'),
       ('rank_drop','warn','{u}综合排名较昨日下降4位','{u} fell 4 places since yesterday','复盘昨日存款流失原因','Review yesterday\'s deposit outflow'),
       ('mix_gap','warn','{u}存款超进度但基金、保险明显落后','{u}: deposits ahead, funds and insurance far behind','以存带销，交叉营销基金定投','Cross-sell fund plans to new depositors'),
       ('concentration','info','{u}新增存款62%来自一名客户经理','{u}: 62% of new deposits from one manager','推广其获客经验，避免单点依赖','Share their approach; avoid single-person dependence'),
       ('top_performer','info','{u}新增客户完成率突破60%，领跑全行','{u}: new customers passed 60%, leading the bank','总结经验在全行推广','Share the playbook bank-wide')]

def guidance(n, units=None):
    units = units or BR; out=[]
    for i in range(n):
        k,sev,mz,me,az,ae = KINDS[i % len(KINDS)]
        u = units[(i*5+3)%len(units)]
        item={'unit':u[0],'unitName':lt(u[1],(u[2] if len(u)>2 else u[1])),'kind':k,'severity':sev,
              'message':lt(mz.format(u=u[1],d=DAYS_LEFT),me.format(u=u[2] if len(u)>2 else u[0],d=DAYS_LEFT)),'action':lt(az,ae)}
        if k=='pace_lag': item['kpi']='insurance_premium'
        out.append(item)
    return out

def trend(k, scale=1.0, comp=None):
    target = HQ_TARGET[k]*scale; comp = comp or HQ_COMPLETION[k]
    days=(END-START).days; n=(ASOF-START).days
    line=[{'time':iso(START+timedelta(days=d)),'value':round(target*d/days,1)} for d in range(days+1)]
    actual=[]
    for d in range(n+1):
        t=START+timedelta(days=d); x=d/n
        # a fast start, then the flat Spring Festival week (from 5 Feb)
        shape = x**0.85 - (0.03 if t >= datetime(2027,2,5,tzinfo=TZ) else 0)
        actual.append({'time':iso(t),'value':round(target*comp*max(0,shape),1)})
    actual.append({'time':iso(ASOF),'value':round(target*comp,1)})
    return {'type':'trend','kpi':k,'name':lt(*KPI[k][:2]),'unit':KPI[k][2],'target':target,'start':iso(START),'end':iso(END),'actual':actual,'targetLine':line}

def countdown():
    return {'type':'countdown','campaign':lt('2027开门红','2027 Campaign'),'end':iso(END),'daysLeft':DAYS_LEFT,'timeProgress':TP}

def gauge(k, scale=1.0, comp=None):
    return {'type':'gauge','timeProgress':TP,'tile':tile(k, scale, comp)}

def subs(b, n=8): return [(f'SB{int(b[0][2:]):02d}{i+1:02d}', b[1][:2]+SUB[(i*3+int(b[0][2:]))%len(SUB)]+'支行') for i in range(n)]
def managers(n=40): return [(f'M{random.randint(1,1500):05d}', person()) for _ in range(n)]

def hq():
    branch_rows = composite_rows(BR)
    cells=[]
    for r in sorted(branch_rows, key=lambda r:r['unit']):
        comp=round(r['score']/100*0.75+random.uniform(-0.06,0.06),4)
        cells.append({'unit':r['unit'],'name':r['name'],'nameEn':r['nameEn'],'rank':r['rank'],'value':r['score'],'completion':comp,'pace':round(comp-TP,4)})
    sub_rows = composite_rows([s for b in BR for s in subs(b, 7)])[:10]
    return [
     {'page':0,'widgets':{
       'countdown':countdown(),
       'totals':{'type':'kpiTiles','timeProgress':TP,'tiles':[tile(k) for k in ['deposit_new','aum_growth','customers_new','fund_sales','insurance_premium']]},
       'branch-board':ranking('leaderboard','branch','composite','value','分',branch_rows,COMPOSITE),
       'deposit-race':ranking('barRace','branch','deposit_new','value','万元',kpi_rows(BR,'deposit_new',HQ_TARGET['deposit_new']),lt(*KPI['deposit_new'][:2])),
       'deals':{'type':'dealTicker','deals':deals(5)},
       'guidance':{'type':'guidancePanel','items':guidance(6)}}},
     {'page':1,'widgets':{
       'branch-grid':{'type':'branchGrid','level':'branch','metric':'composite','metricName':COMPOSITE,'unit':'分','timeProgress':TP,'cells':cells},
       'totals-more':{'type':'kpiTiles','timeProgress':TP,'tiles':[tile(k) for k in ['payroll_accounts','credit_cards','mobile_mau','wecom_contacts','inclusive_loans']]},
       'guidance-all':{'type':'guidancePanel','items':guidance(9)}}},
     {'page':2,'widgets':{
       'deposit-trend':trend('deposit_new'),'aum-trend':trend('aum_growth'),
       'subbranch-board':ranking('leaderboard','subbranch','composite','value','分',sub_rows,COMPOSITE),
       'deals-trends':{'type':'dealTicker','deals':deals(5)}}}]

def follow_up(units):
    rows=[]
    for code,name in units:
        items=random.randint(2,9); taken=random.randint(0,items); done=random.randint(0,taken)
        rows.append({'unit':code,'name':name,'nameEn':None,'items':items,'takenUp':taken,'done':done,
                     'takenUpShare':round(taken/items,4),'doneShare':round(done/items,4)})
    return rows

def branch():
    frames=[]
    for b in BR:
        s=subs(b); m=managers()
        frames.append({'page':0,'unit':b[0],'unitName':lt(b[1],b[2]+' Branch'),'widgets':{
          'branch-totals':{'type':'kpiTiles','timeProgress':TP,'tiles':[tile(k,1/12,random.uniform(0.3,0.65)) for k in ['deposit_new','aum_growth','customers_new','fund_sales','credit_cards']]},
          'branch-countdown':countdown(),
          'subbranch-ranking':ranking('leaderboard','subbranch','composite','value','分',composite_rows(s),COMPOSITE),
          'manager-ranking':ranking('leaderboard','manager','deposit_new','value','万元',kpi_rows(m,'deposit_new',HQ_TARGET['deposit_new']/12/8)[:8],lt(*KPI['deposit_new'][:2])),
          'branch-guidance':{'type':'guidancePanel','items':guidance(3, s)},
          'branch-follow-up':{'type':'followUp','rows':follow_up(s)}}})
    return frames

def deposits():
    frames=[{'page':0,'widgets':{
        'deposit-gauge':gauge('deposit_new'),'deposit-trend':trend('deposit_new'),
        'deposit-race':ranking('barRace','branch','deposit_new','completion','万元',kpi_rows(BR,'deposit_new',HQ_TARGET['deposit_new'],'completion'),lt(*KPI['deposit_new'][:2])),
        'deposit-managers':ranking('leaderboard','manager','deposit_new','value','万元',kpi_rows(managers(),'deposit_new',HQ_TARGET['deposit_new']/30)[:10],lt(*KPI['deposit_new'][:2])),
        'deposit-deals':{'type':'dealTicker','deals':deals(6,['deposit_new'])}}}]
    for b in BR:
        c=random.uniform(0.3,0.65)
        frames.append({'page':1,'unit':b[0],'unitName':lt(b[1],b[2]+' Branch'),'widgets':{
          'branch-gauge':gauge('deposit_new',1/12,c),'branch-trend':trend('deposit_new',1/12,c),
          'subbranch-pace':ranking('leaderboard','subbranch','deposit_new','pace','万元',kpi_rows(subs(b),'deposit_new',HQ_TARGET['deposit_new']/12,'pace'),lt(*KPI['deposit_new'][:2])),
          'branch-managers':ranking('leaderboard','manager','deposit_new','value','万元',kpi_rows(managers(),'deposit_new',HQ_TARGET['deposit_new']/12/6)[:8],lt(*KPI['deposit_new'][:2]))}})
    return frames

DEFAULTS = {'leaderboard':{'basis':'value','window':'campaign','top':10},'barRace':{'basis':'value','window':'campaign','top':10},
            'trend':{'interval':'1d'},'dealTicker':{'max':8,'kpis':[]},'guidancePanel':{'max':6,'minSeverity':'info'},
            'branchGrid':{'level':'branch','metric':'composite'},'followUp':{'level':'branch'}}

def board_as_sent(path):
    # The board as the server sends it: the file with every default spelled out and nulls left out.
    board = json.loads(re.sub(r'^\s*//.*$', '', open(path).read(), flags=re.M))
    board.setdefault('theme','dark'); board.pop('description', None)
    for page in board['pages']:
        page.setdefault('columns',12); page.setdefault('rows',8)
        for w in page['widgets']:
            w['grid'].setdefault('colSpan',1); w['grid'].setdefault('rowSpan',1)
            for k,v in DEFAULTS.get(w['type'],{}).items(): w.setdefault(k,v)
    return board

name, dashboards, out = sys.argv[1], sys.argv[2], sys.argv[3]
frames = {'hq':hq,'branch':branch,'deposits':deposits}[name]()
state = {'board':board_as_sent(f'{dashboards}/{name}.json'),
         'payload':{'boardId':name,'asOf':iso(ASOF),'complete':True,'frames':frames},'lang':'zh','hub':'/hubs/warroom'}
json.dump(state, open(out,'w'), ensure_ascii=False, separators=(',',':'))
print(name, 'tp', TP, 'daysLeft', DAYS_LEFT)
